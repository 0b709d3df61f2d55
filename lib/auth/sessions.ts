// Server-side sessions. next-auth keeps its stateless JWT cookie, but the JWT now carries the id of an AuthSession
// row, and a request is signed in only while that row is neither revoked nor expired and the user is enabled
// (loadActiveSessionUser, called once per request by lib/auth/session.ts). Sign-out, a password change, a disabled
// account and an admin's "end all sessions" revoke rows, so a copied cookie stops working at once.
import { logSecurity } from "@/lib/log";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/db/audit";
import { AppError } from "@/lib/errors";
import { emsg } from "@/lib/i18n/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadSessionUser, type SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";

/** Same lifetime as the next-auth JWT (lib/auth/options.ts). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export type RevokeReason =
  "signed_out" | "password_changed" | "ended_by_admin" | "ended_by_user" | "disabled";

export async function createAuthSession(
  db: DbClient,
  userId: string,
  opts: { userAgent?: string | null; now?: Date } = {},
): Promise<string> {
  const now = opts.now ?? new Date();
  const row = await db.authSession.create({
    data: {
      userId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      userAgent: opts.userAgent ? opts.userAgent.slice(0, 300) : null,
    },
    select: { id: true },
  });
  return row.id;
}

/** The signed-in user for a (user id, session id) pair from the JWT; null once the session has ended. */
export async function loadActiveSessionUser(
  db: DbClient,
  userId: string,
  sessionId: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const s = await db.authSession.findFirst({
    where: { id: sessionId, userId, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  if (!s) return null;
  const user = await loadSessionUser(db, userId);
  return user ? { ...user, sessionId } : null;
}

/** Ends one session (sign-out). Idempotent; a session of another user is left alone. */
export async function revokeAuthSession(
  db: DbClient,
  userId: string,
  sessionId: string,
  reason: RevokeReason,
  now = new Date(),
): Promise<boolean> {
  const res = await db.authSession.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: now, revokedReason: reason },
  });
  return res.count > 0;
}

/** Ends every open session of a user, but `keep` (the caller's own, after a password change). Returns how many. */
export async function revokeUserSessions(
  db: DbClient,
  userId: string,
  reason: RevokeReason,
  opts: { keep?: string; actorId?: string; now?: Date } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  const res = await db.authSession.updateMany({
    where: { userId, revokedAt: null, ...(opts.keep ? { id: { not: opts.keep } } : {}) },
    data: { revokedAt: now, revokedReason: reason },
  });
  if (res.count > 0) {
    logSecurity("sessions revoked", { userId, reason, count: res.count, actorId: opts.actorId ?? userId });
    await recordAudit(db, {
      actorId: opts.actorId ?? userId,
      action: "session.revoked",
      subjectType: "user",
      subjectId: userId,
      details: { reason, count: res.count },
    });
  }
  return res.count;
}

/** The open sessions of a user, newest first (the account page lists them). */
export function listOpenSessions(db: DbClient, userId: string, now = new Date()) {
  return db.authSession.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, expiresAt: true, userAgent: true },
    take: 50,
  });
}

/**
 * Changes the user's own password after checking the current one, and ends every other session (a thief who had
 * the old password is signed out). The caller's session stays open.
 */
export async function changeOwnPassword(
  db: PrismaClient,
  actor: SessionUser,
  input: { currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const row = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError("VALIDATION", emsg("currentPasswordWrong"), {
      fieldErrors: { currentPassword: [emsg("currentPasswordWrong")] },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.password_changed",
      subjectType: "user",
      subjectId: actor.id,
    });
    const endedSessions = await revokeUserSessions(tx, actor.id, "password_changed", {
      keep: actor.sessionId,
    });
    return { endedSessions };
  });
}
