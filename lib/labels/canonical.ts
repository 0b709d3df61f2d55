import { createHash } from "node:crypto";
import canonicalize from "canonicalize";
import type { TLabelSnapshot } from "./snapshot-types";

/**
 * Canonical JSON exactly as RFC 8785 (JSON Canonicalization Scheme): serialised by the maintained `canonicalize`
 * package (the RFC author's reference implementation for JavaScript), so verifiers in other languages with any
 * JCS library hash the same bytes. canonical.test.ts checks it against the RFC's published examples (§3.2.2,
 * §3.2.3, §3.2.4, Appendix B) and proves labels issued before the switch keep their digests and signatures.
 *
 * `canonicalize` quietly drops what JSON cannot represent (undefined becomes a missing key or null, objects are
 * serialised through toJSON). A document that would not survive a round trip through JSON must never be signed or
 * logged, so the value is checked first and anything of that kind is rejected with the path of the offending
 * value: only null, booleans, finite numbers, well-formed strings, dense arrays and plain objects pass.
 */

export class CanonicalJsonError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(`${message} at ${path}`);
    this.name = "CanonicalJsonError";
  }
}

export function canonicalJson(value: unknown): string {
  assertPlainJson(value, "$", new Set());
  const out = canonicalize(value);
  if (out === undefined) throw new CanonicalJsonError("not representable in JSON", "$");
  return out;
}

/** The exact bytes that are hashed and signed: UTF-8 of canonicalJson(). */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), "utf8");
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** SHA-256 (lower-case hex) of the canonical JSON of the snapshot. */
export function digestSnapshot(snapshot: TLabelSnapshot): string {
  return sha256Hex(canonicalBytes(snapshot));
}

function assertPlainJson(value: unknown, path: string, stack: Set<object>): void {
  switch (typeof value) {
    case "string":
      // I-JSON (RFC 7493, required by RFC 8785 §3.1) forbids lone surrogates.
      if (!value.isWellFormed()) throw new CanonicalJsonError("string with a lone surrogate", path);
      return;
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`non-finite number ${value}`, path);
      return;
    case "boolean":
      return;
    case "object": {
      if (value === null) return;
      if (stack.has(value)) throw new CanonicalJsonError("cyclic reference", path);
      stack.add(value);
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) throw new CanonicalJsonError("sparse array", `${path}[${i}]`);
          assertPlainJson(value[i], `${path}[${i}]`, stack);
        }
      } else {
        const proto: unknown = Object.getPrototypeOf(value);
        // Dates, Maps, class instances and objects with toJSON would serialise differently per library.
        if (proto !== Object.prototype && proto !== null)
          throw new CanonicalJsonError("not a plain object", path);
        if (Object.getOwnPropertySymbols(value).length > 0)
          throw new CanonicalJsonError("symbol-keyed property", path);
        for (const [key, child] of Object.entries(value)) {
          const childPath = `${path}.${key}`;
          if (!key.isWellFormed()) throw new CanonicalJsonError("key with a lone surrogate", childPath);
          assertPlainJson(child, childPath, stack);
        }
      }
      stack.delete(value);
      return;
    }
    default:
      // undefined, function, symbol, bigint
      throw new CanonicalJsonError(`${typeof value} is not representable in JSON`, path);
  }
}
