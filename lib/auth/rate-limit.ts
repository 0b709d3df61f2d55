// Failed sign-ins are counted in the database (so the limits hold across several app instances), under three keys:
// - the account, for clients that are not a known device of it: the first failures are free, then each attempt
//   must wait a delay that doubles with every failure (30 s, 1 min, 2 min … at most 15 min). Guessing stays slow
//   (about a hundred tries a day at the cap), yet nobody is locked out for good, and the owner's known browser
//   is not held back at all;
// - a known device (lib/auth/device.ts): a small budget of its own, after which it counts as unknown;
// - the client address, only when a trusted proxy gives one (TRUST_PROXY): a cap across accounts (spraying).
// A successful sign-in clears the account's and the device's counters.
import { isIP } from "node:net";
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
  /** Failures of unknown clients for one account, counted over a day, before delays start. */
  freeAttempts: 5,
  accountWindowMs: 24 * 3600 * 1000,
  baseDelayMs: 30 * 1000,
  maxDelayMs: 15 * 60 * 1000,
  /** Failures a known device may make in `windowMs` before it counts as unknown. */
  perDevice: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
} as const;

export type SignInClient = {
  email: string;
  ip: string | null;
  /** The nonce of a valid device token for this e-mail (lib/auth/device.ts), or null. */
  device: string | null;
};

const accountKey = (email: string) => `email:${email}`;
const deviceKey = (nonce: string) => `device:${nonce}`;
const addressKey = (ip: string) => `ip:${ip}`;

/** The delay an unknown client must wait after the latest failure, given `failures` in the account window. */
export function delayAfter(failures: number): number {
  if (failures < SIGN_IN_LIMITS.freeAttempts) return 0;
  const steps = failures - SIGN_IN_LIMITS.freeAttempts;
  return Math.min(SIGN_IN_LIMITS.baseDelayMs * 2 ** Math.min(steps, 20), SIGN_IN_LIMITS.maxDelayMs);
}

export type SignInGate = { allowed: true; trustedDevice: boolean } | { allowed: false; retryAfterMs: number };

/** Whether this client may try a password now; never a hard block for a known device within its budget. */
export async function checkSignIn(db: DbClient, client: SignInClient, now = new Date()): Promise<SignInGate> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  if (client.ip) {
    const oldest = await db.loginAttempt.findMany({
      where: { key: addressKey(client.ip), createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: SIGN_IN_LIMITS.perAddress,
      select: { createdAt: true },
    });
    if (oldest.length >= SIGN_IN_LIMITS.perAddress) {
      const last = oldest[oldest.length - 1]?.createdAt ?? now;
      return { allowed: false, retryAfterMs: last.getTime() + SIGN_IN_LIMITS.windowMs - now.getTime() };
    }
  }
  if (client.device) {
    const used = await db.loginAttempt.count({
      where: { key: deviceKey(client.device), createdAt: { gt: since } },
    });
    if (used < SIGN_IN_LIMITS.perDevice) return { allowed: true, trustedDevice: true };
  }
  const accountSince = new Date(now.getTime() - SIGN_IN_LIMITS.accountWindowMs);
  const where = { key: accountKey(client.email), createdAt: { gt: accountSince } };
  const failures = await db.loginAttempt.count({ where });
  const delay = delayAfter(failures);
  if (delay > 0) {
    const latest = await db.loginAttempt.findFirst({
      where,
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    const wait = (latest?.createdAt.getTime() ?? 0) + delay - now.getTime();
    if (wait > 0) return { allowed: false, retryAfterMs: wait };
  }
  return { allowed: true, trustedDevice: false };
}

/** A failure counts against the known device when the client is one, otherwise against the account. */
export async function recordFailedSignIn(
  db: DbClient,
  client: SignInClient & { trustedDevice: boolean },
  now = new Date(),
) {
  const keys = [
    client.trustedDevice && client.device ? deviceKey(client.device) : accountKey(client.email),
    ...(client.ip ? [addressKey(client.ip)] : []),
  ];
  await db.loginAttempt.createMany({ data: keys.map((key) => ({ key, createdAt: now })) });
  // Keep the table small: attempts older than the longest window no longer matter.
  await db.loginAttempt.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - SIGN_IN_LIMITS.accountWindowMs) } },
  });
}

export async function clearFailedSignIns(db: DbClient, client: SignInClient) {
  await db.loginAttempt.deleteMany({
    where: {
      key: { in: [accountKey(client.email), ...(client.device ? [deviceKey(client.device)] : [])] },
    },
  });
}
