// Device cookies (OWASP "Slow down online guessing attacks with device cookies"): a successful sign-in leaves a
// signed token naming the account in the browser. A browser that presents a valid token for the account it signs
// in to is a known device: it is not held back by the failures strangers caused for that account, so nobody can
// lock the owner out by typing wrong passwords for their e-mail. A known device has its own small failure budget
// (lib/auth/rate-limit.ts); after that it counts as unknown again.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE = "cl-device";
/** A device stays known for 180 days after its last successful sign-in. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 3600;

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");

function mac(secret: string, nonce: string, email: string): string {
  return createHmac("sha256", secret).update(`cyberlabel-device|${nonce}|${email}`).digest("base64url");
}

/** `<nonce>.<base64url(email)>.<hmac>`, for the lower-cased e-mail of the account just signed in to. */
export function issueDeviceToken(secret: string, email: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${b64(email)}.${mac(secret, nonce, email)}`;
}

/** The token's nonce when it is genuine and names `email`; null for anything else (forged, other account, junk). */
export function verifyDeviceToken(secret: string, token: unknown, email: string): string | null {
  if (typeof token !== "string" || token.length > 400) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [nonce = "", emailPart = "", sig = ""] = parts;
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(nonce) || emailPart !== b64(email)) return null;
  const expected = Buffer.from(mac(secret, nonce, email));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}

/** The device cookie's value from a Cookie header (next-auth's authorize() gets only the headers). */
export function deviceTokenFromCookieHeader(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header.join("; ") : (header ?? "");
  for (const part of raw.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === DEVICE_COOKIE) return part.slice(eq + 1).trim();
  }
  return null;
}
