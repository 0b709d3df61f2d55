import { AppError } from "@/lib/errors";
import { dummyHash, verifyPassword } from "@/lib/auth/password";
import { assertSignInAllowed, clearFailedSignIns, recordFailedSignIn } from "@/lib/auth/rate-limit";
import { ZSignIn } from "@/lib/auth/schemas";
import { recordAudit } from "@/lib/db/audit";
import { findCredentials } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";

/**
 * Checks a sign-in attempt. Returns the user id, or null for wrong credentials (the same answer whether the e-mail
 * exists or not); throws RATE_LIMITED when too many attempts failed recently.
 */
export async function verifySignIn(db: DbClient, raw: unknown, ip: string | null): Promise<string | null> {
  const parsed = ZSignIn.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertSignInAllowed(db, email, ip);
  const user = await findCredentials(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  if (!user || !ok || user.disabledAt) {
    await recordFailedSignIn(db, email, ip);
    return null;
  }
  await clearFailedSignIns(db, email);
  await recordAudit(db, {
    actorId: user.id,
    action: "session.signed_in",
    subjectType: "user",
    subjectId: user.id,
  });
  return user.id;
}

export function isRateLimited(err: unknown): boolean {
  return err instanceof AppError && err.code === "RATE_LIMITED";
}
