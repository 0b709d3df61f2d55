import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLabUser, loadSessionUser, signUpManufacturer } from "@/lib/db/accounts";
import { verifyPassword } from "@/lib/auth/password";
import { ZSignUp } from "@/lib/auth/schemas";
import { AppError } from "@/lib/errors";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeOrgUser, uid } from "@/lib/testing/factories";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.drop();
});

const input = (email: string) =>
  ZSignUp.parse({ name: "Ana", email, password: "a long enough password", organizationName: "Ana Devices" });

describe(`accounts on ${testDatabaseKind()}`, () => {
  it("sign-up creates the organisation, the user (argon2id hash), the membership and an audit event", async () => {
    const email = `Ana-${uid()}@Example.COM`;
    const user = await signUpManufacturer(db.prisma, input(email));
    expect(user.email).toBe(email.toLowerCase());
    expect(user.role).toBe("MANUFACTURER_MEMBER");
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, "a long enough password")).toBe(true);
    const org = await db.prisma.organization.findUniqueOrThrow({ where: { id: user.organizationId } });
    expect(org.kind).toBe("MANUFACTURER");
    const events = await db.prisma.auditEvent.findMany({ where: { subjectId: org.id } });
    expect(events.map((e) => e.action)).toEqual(["account.signed_up"]);
    expect(await loadSessionUser(db.prisma, user.id)).toEqual({ ...user, locale: null });
  });

  it("refuses an existing e-mail and writes nothing", async () => {
    const email = `dup-${uid()}@example.com`;
    await signUpManufacturer(db.prisma, input(email));
    const before = await db.prisma.organization.count();
    const err = await signUpManufacturer(db.prisma, input(email.toUpperCase().toLowerCase())).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("CONFLICT");
    expect((err as AppError).fieldErrors?.email?.[0]).toMatch(/already exists/);
    expect(await db.prisma.organization.count()).toBe(before);
  });

  it("validates sign-up input: weak password, over-long field, malformed e-mail", () => {
    const bad = ZSignUp.safeParse({
      name: "x".repeat(101),
      email: "not-an-email",
      password: "aaaaaaaaaaaaaaa",
      organizationName: "A",
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(paths).toEqual(expect.arrayContaining(["name", "email", "password", "organizationName"]));
    expect(
      ZSignUp.safeParse({ name: "A", email: "a@b.co", password: "short", organizationName: "AB" }).success,
    ).toBe(false);
    expect(ZSignUp.safeParse("not an object").success).toBe(false);
  });

  it("a disabled user or one without membership has no session", async () => {
    const user = await signUpManufacturer(db.prisma, input(`off-${uid()}@example.com`));
    await db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadSessionUser(db.prisma, user.id)).toBeNull();
    expect(await loadSessionUser(db.prisma, "no-such-id")).toBeNull();
  });

  it("admins create lab reviewers only in labs", async () => {
    const admin = await makeOrgUser(db.prisma, "OPERATOR", "ADMIN");
    const lab = await db.prisma.organization.create({ data: { name: `Lab ${uid()}`, kind: "LAB" } });
    const reviewer = await createLabUser(db.prisma, admin, {
      labId: lab.id,
      name: "Rev",
      email: `rev-${uid()}@example.com`,
      password: "a long enough password",
    });
    const session = await loadSessionUser(db.prisma, reviewer.id);
    expect(session?.role).toBe("LAB_REVIEWER");
    expect(session?.organizationId).toBe(lab.id);

    const maker = await signUpManufacturer(db.prisma, input(`m-${uid()}@example.com`));
    const err = await createLabUser(db.prisma, admin, {
      labId: maker.organizationId,
      name: "Rev",
      email: `rev2-${uid()}@example.com`,
      password: "a long enough password",
    }).catch((e: unknown) => e);
    expect((err as AppError).code).toBe("NOT_FOUND");
  });
});
