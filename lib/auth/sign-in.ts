import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { issueDeviceToken, verifyDeviceToken } from "@/lib/auth/device";
import { checkSignIn, clearFailedSignIns, recordFailedSignIn } from "@/lib/auth/rate-limit";
import { ZSignIn } from "@/lib/auth/schemas";
import { createAuthSession } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/db/audit";
import { findCredentials } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import { logSecurity } from "@/lib/log";

export type SignInContext = {
  /** The client address when a trusted proxy gives one (clientAddress), else null. */
  ip: string | null;
  /** The device cookie the browser sent, if any (lib/auth/device.ts). */
  deviceToken: string | null;
  /** The key device tokens are signed with (the auth secret). */
  secret: string;
  userAgent?: string | null;
  now?: Date;
};

export type SignInOutcome =
  | { ok: true; userId: string; sessionId: string; deviceToken: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * One sign-in attempt. Wrong credentials give the same answer whether the e-mail exists or not. A known device
 * (valid device cookie for this account) with the right password gets in even while strangers' failures hold the
 * account back; unknown clients wait a growing delay after repeated failures (lib/auth/rate-limit.ts). Success
 * opens a server-side session (lib/auth/sessions.ts) and issues a fresh device token.
 */
export async function attemptSignIn(db: DbClient, raw: unknown, ctx: SignInContext): Promise<SignInOutcome> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const now = ctx.now ?? new Date();
  const { email, password } = parsed.data;
  const client = { email, ip: ctx.ip, device: verifyDeviceToken(ctx.secret, ctx.deviceToken, email) };
  const gate = await checkSignIn(db, client, now);
  if (!gate.allowed) {
    logSecurity("sign-in held back", { email, knownDevice: client.device !== null, ip: ctx.ip });
    return { ok: false, reason: "rate_limited", retryAfterSeconds: Math.ceil(gate.retryAfterMs / 1000) };
  }
  const user = await findCredentials(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || user.disabledAt) {
    await recordFailedSignIn(db, { ...client, trustedDevice: gate.trustedDevice }, now);
    logSecurity("sign-in failed", { email, knownDevice: gate.trustedDevice, ip: ctx.ip });
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(db, client);
  const sessionId = await createAuthSession(db, user.id, { userAgent: ctx.userAgent, now });
  await recordAudit(db, {
    actorId: user.id,
    action: "session.signed_in",
    subjectType: "user",
    subjectId: user.id,
    details: { knownDevice: gate.trustedDevice },
  });
  return { ok: true, userId: user.id, sessionId, deviceToken: issueDeviceToken(ctx.secret, email) };
}
