import { randomBytes } from "node:crypto";
import { z } from "zod";

/**
 * Public label codes, printed on packaging and used in the QR URL `/r/<code>`.
 *
 * Security intent: the code is the only key to a label's public page and API, so it must not be guessable or
 * enumerable. 10 bytes from the CSPRNG = 80 bits, written as 16 Crockford base32 characters (no I, L, O, U) in four
 * groups: `CL-7KQ2-M9XD-3HRT-0BWE`. With a million labels issued, a guess hits one with probability ~1e-18.
 */

export const PUBLIC_CODE_PREFIX = "CL";
export const PUBLIC_CODE_BYTES = 10;
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
const GROUP = "[0-9A-HJKMNP-TV-Z]{4}";
export const PUBLIC_CODE_RE = new RegExp(`^${PUBLIC_CODE_PREFIX}-${GROUP}-${GROUP}-${GROUP}-${GROUP}$`);
export const PUBLIC_CODE_LENGTH = 22;

/** Exact canonical form; parse untrusted input with this before any database lookup. */
export const ZPublicCode = z.string().length(PUBLIC_CODE_LENGTH).regex(PUBLIC_CODE_RE, "not a label code");
export type TPublicCode = z.infer<typeof ZPublicCode>;

/** Base32 of exactly 80 bits: 16 characters, 5 bits each, most significant first. */
function encode(bytes: Uint8Array): string {
  let bits = 0;
  let acc = 0;
  let out = "";
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1; // keep the accumulator small
  }
  return out;
}

/** `random` is injectable for tests only; production uses crypto.randomBytes. */
export function generatePublicCode(random: (n: number) => Uint8Array = randomBytes): TPublicCode {
  const bytes = random(PUBLIC_CODE_BYTES);
  if (bytes.length !== PUBLIC_CODE_BYTES) throw new Error("random source returned the wrong number of bytes");
  const s = encode(bytes);
  return `${PUBLIC_CODE_PREFIX}-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}`;
}

/**
 * Lenient reading of a code typed by a person (lower case, spaces, missing dashes, O for 0, I/L for 1, as
 * Crockford allows). Returns the canonical code or null; bounded length so it never scans a huge input.
 */
export function normalizePublicCode(input: string): TPublicCode | null {
  if (input.length > 64) return null;
  let s = input.toUpperCase().replace(/[\s-]/g, "");
  // Strip the prefix only when it is there in full: "CL…" of 16 characters is a body whose L means 1.
  if (s.length === 16 + PUBLIC_CODE_PREFIX.length && s.startsWith(PUBLIC_CODE_PREFIX))
    s = s.slice(PUBLIC_CODE_PREFIX.length);
  s = s.replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(s)) return null;
  return `${PUBLIC_CODE_PREFIX}-${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}`;
}
