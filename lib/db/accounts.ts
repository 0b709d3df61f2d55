// Accounts, organisations and memberships.
import { AppError, notFound } from "@/lib/errors";
import { emsg } from "@/lib/i18n/errors";
import { hashPassword } from "@/lib/auth/password";
import type { TCreateLab, TCreateLabUser, TSignUp } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/db/audit";
import type { DbClient } from "@/lib/db/types";
import type { OrgKind, PrismaClient, Role } from "@/lib/generated/prisma/client";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  organizationKind: OrgKind;
  organizationName: string;
  /** The server-side session of the request (lib/auth/sessions.ts), when loaded for one. */
  sessionId?: string;
  /** The user's chosen language ("en", "zh-CN"), or null to follow the cookie or the browser. */
  locale?: string | null;
};

async function assertEmailFree(db: DbClient, email: string) {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    throw new AppError("CONFLICT", emsg("accountExists"), {
      fieldErrors: { email: [emsg("accountExists")] },
    });
  }
}

/**
 * Sign-up: a new manufacturer organisation with its first member, all or nothing. `locale`, the language the page
 * was in, becomes the account's language (its mails are written in it; the switch changes it).
 */
export async function signUpManufacturer(
  db: PrismaClient,
  input: TSignUp,
  locale: "en" | "zh-CN" | null = null,
): Promise<SessionUser> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await assertEmailFree(tx, input.email);
    const org = await tx.organization.create({
      data: { name: input.organizationName, kind: "MANUFACTURER" },
    });
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash, locale },
    });
    await tx.membership.create({
      data: { userId: user.id, organizationId: org.id, role: "MANUFACTURER_MEMBER" },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "account.signed_up",
      subjectType: "organization",
      subjectId: org.id,
      organizationId: org.id,
      details: { userId: user.id },
    });
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: "MANUFACTURER_MEMBER",
      organizationId: org.id,
      organizationKind: "MANUFACTURER",
      organizationName: org.name,
      locale,
    };
  });
}

export async function createLab(
  db: PrismaClient,
  actor: SessionUser,
  input: TCreateLab & { accreditation?: string | null },
) {
  return db.$transaction(async (tx) => {
    const lab = await tx.organization.create({
      data: {
        name: input.name,
        kind: "LAB",
        country: input.country || null,
        accreditation: input.accreditation ?? null,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "lab.created",
      subjectType: "organization",
      subjectId: lab.id,
      organizationId: lab.id,
      details: { name: lab.name },
    });
    return lab;
  });
}

/** Admins create lab reviewers directly: no e-mail round trip is needed. */
export async function createLabUser(db: PrismaClient, actor: SessionUser, input: TCreateLabUser) {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const lab = await tx.organization.findFirst({
      where: { id: input.labId, kind: "LAB" },
      select: { id: true },
    });
    if (!lab) throw notFound("labNotFound");
    await assertEmailFree(tx, input.email);
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
    await tx.membership.create({ data: { userId: user.id, organizationId: lab.id, role: "LAB_REVIEWER" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.created",
      subjectType: "user",
      subjectId: user.id,
      organizationId: lab.id,
      details: { role: "LAB_REVIEWER" },
    });
    return user;
  });
}

/** For sign-in only: the one place that selects the password hash. */
export function findCredentials(db: DbClient, email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, disabledAt: true },
  });
}

/** Loads the signed-in user afresh on each request, so a disabled account or a removed membership takes effect at once. */
export async function loadSessionUser(db: DbClient, userId: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      disabledAt: true,
      locale: true,
      memberships: {
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { role: true, organization: { select: { id: true, kind: true, name: true } } },
      },
    },
  });
  const m = user?.memberships[0];
  if (!user || user.disabledAt || !m) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: m.role,
    organizationId: m.organization.id,
    organizationKind: m.organization.kind,
    organizationName: m.organization.name,
    locale: user.locale,
  };
}

export function listOrganizations(db: DbClient) {
  return db.organization.findMany({
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      kind: true,
      country: true,
      createdAt: true,
      _count: { select: { memberships: true, products: true } },
    },
  });
}

export function listLabs(db: DbClient) {
  return db.organization.findMany({
    where: { kind: "LAB" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, country: true },
  });
}

export function listLabUsers(db: DbClient) {
  return db.membership.findMany({
    where: { role: "LAB_REVIEWER" },
    orderBy: [{ organization: { name: "asc" } }, { user: { name: "asc" } }],
    select: {
      organization: { select: { id: true, name: true } },
      user: { select: { id: true, name: true, email: true, disabledAt: true } },
    },
  });
}

/** Saves the user's language for the app, e-mails and downloads (null: follow the cookie or the browser). */
export async function setUserLocale(
  db: DbClient,
  userId: string,
  locale: "en" | "zh-CN" | null,
): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale }, select: { id: true } });
}
