// Test data built through the real data functions, so tests exercise the same paths as the app.
import { randomBytes } from "node:crypto";
import { signUpManufacturer, type SessionUser } from "@/lib/db/accounts";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

export const uid = () => randomBytes(4).toString("hex");

export function makeManufacturer(db: PrismaClient, name = `Maker ${uid()}`): Promise<SessionUser> {
  return signUpManufacturer(db, {
    name: "Test Member",
    email: `member-${uid()}@test.example`,
    password: "a long enough password",
    organizationName: name,
  });
}

export async function makeOrgUser(
  db: PrismaClient,
  kind: "LAB" | "OPERATOR",
  role: Role,
  orgName = `${kind} ${uid()}`,
): Promise<SessionUser> {
  const org = await db.organization.create({ data: { name: orgName, kind } });
  const user = await db.user.create({
    data: {
      email: `${role.toLowerCase()}-${uid()}@test.example`,
      name: `Test ${role}`,
      passwordHash: await hashPassword("a long enough password"),
    },
  });
  await db.membership.create({ data: { userId: user.id, organizationId: org.id, role } });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role,
    organizationId: org.id,
    organizationKind: kind,
    organizationName: org.name,
  };
}

/** Another user of the same organisation, with the same role (a second reviewer of a lab, say). */
export async function makeColleague(
  db: PrismaClient,
  of: SessionUser,
  name = `Colleague ${uid()}`,
): Promise<SessionUser> {
  const user = await db.user.create({
    data: {
      email: `colleague-${uid()}@test.example`,
      name,
      passwordHash: await hashPassword("a long enough password"),
    },
  });
  await db.membership.create({ data: { userId: user.id, organizationId: of.organizationId, role: of.role } });
  return { ...of, id: user.id, email: user.email, name: user.name };
}

/** "ok" when the promise resolves, else the AppError code it failed with (anything else is reported as such). */
export function outcome(x: Promise<unknown>): Promise<string> {
  return x.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : `other: ${String(e)}`),
  );
}
