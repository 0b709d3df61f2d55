// Failed sign-ins are limited per account and per client address, counted in the database so the limit holds
// across several app instances. Successful sign-ins clear the account's counter.
import { isIP } from "node:net";
import { AppError } from "@/lib/errors";
import type { DbClient } from "@/lib/db/types";

type THeaders = Record<string, string | string[] | undefined> | undefined;

/** "1.2.3.4", "1.2.3.4:5678", "[::1]:5678" or "::1" → the bare address; null for anything that is not an IP. */
function bareAddress(raw: string): string | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > 64) return null;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  const candidate = bracketed ? (bracketed[1] ?? "") : /^[\d.]+:\d+$/.test(s) ? (s.split(":")[0] ?? "") : s;
  return isIP(candidate) ? candidate.toLowerCase() : null;
}

/**
 * The address that keys the per-address sign-in limit.
 *
 * X-Forwarded-For is a list each proxy appends to, so only its right-most entries, written by proxies we run,
 * can be trusted; everything to their left is whatever the client sent. With `trustProxy` = N > 0 the N-th entry
 * from the right is the address the outermost trusted proxy saw (fewer entries than N: the left-most one). With
 * N = 0 the header is ignored altogether. Next.js route handlers (and so next-auth's authorize(), which gets only
 * the headers) have no socket address, and `next start` copies the socket address into X-Forwarded-For only when
 * the client sent none, so it cannot be told apart from a forged one. Then the address is unknown (null) and only
 * the per-account limit applies: one bucket shared by every client would let anyone lock everybody out with 20
 * wrong passwords, and a forgeable key protects nothing. X-Real-IP is never used (a client can set it as easily).
 */
export function clientAddress(headers: THeaders, trustProxy: number): string | null {
  if (trustProxy <= 0) return null;
  const raw = headers?.["x-forwarded-for"];
  const hops = (Array.isArray(raw) ? raw.join(",") : (raw ?? ""))
    .split(",")
    .map((h) => h.trim())
    .filter((h) => h !== "");
  if (hops.length === 0) return null;
  const entry = hops[Math.max(0, hops.length - trustProxy)] ?? "";
  return bareAddress(entry);
}

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
