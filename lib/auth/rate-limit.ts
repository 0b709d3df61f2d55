// Failed sign-ins are limited per account and per client address, counted in the database so the limit holds
// across several app instances. Successful sign-ins clear the account's counter.
import { AppError } from "@/lib/errors";
import type { DbClient } from "@/lib/db/types";

export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60 * 1000,
  perAccount: 5,
  perAddress: 20,
} as const;

const keys = (email: string, ip: string | null) => ({
  account: `email:${email}`,
  address: ip ? `ip:${ip}` : null,
});

export async function assertSignInAllowed(db: DbClient, email: string, ip: string | null, now = new Date()) {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  const k = keys(email, ip);
  const [account, address] = await Promise.all([
    db.loginAttempt.count({ where: { key: k.account, createdAt: { gt: since } } }),
    k.address
      ? db.loginAttempt.count({ where: { key: k.address, createdAt: { gt: since } } })
      : Promise.resolve(0),
  ]);
  if (account >= SIGN_IN_LIMITS.perAccount || address >= SIGN_IN_LIMITS.perAddress) {
    throw new AppError("RATE_LIMITED", "Too many failed sign-in attempts. Wait 15 minutes and try again.");
  }
}

export async function recordFailedSignIn(db: DbClient, email: string, ip: string | null, now = new Date()) {
  const k = keys(email, ip);
  await db.loginAttempt.createMany({
    data: [{ key: k.account, createdAt: now }, ...(k.address ? [{ key: k.address, createdAt: now }] : [])],
  });
  // Keep the table small: attempts older than a day no longer matter.
  await db.loginAttempt.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600 * 1000) } },
  });
}

export async function clearFailedSignIns(db: DbClient, email: string) {
  await db.loginAttempt.deleteMany({ where: { key: keys(email, null).account } });
}
