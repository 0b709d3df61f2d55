import { createHash } from "node:crypto";
import type { TLabelSnapshot } from "./snapshot-types";

/**
 * Canonical JSON in the style of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no whitespace, numbers in
 * ECMAScript shortest round-trip form, strings escaped as JSON.stringify does. The digest and the Ed25519
 * signature of an issued label are computed over these bytes, so two parties holding the same snapshot always
 * hash the same bytes whatever order their JSON library wrote the keys in.
 *
 * Anything JSON cannot represent exactly is rejected instead of silently dropped or coerced (JSON.stringify turns
 * undefined into a missing key or null, NaN into null): a snapshot that would not survive a round trip through
 * JSON must never be signed.
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
  const out: string[] = [];
  write(value, "$", out, new Set());
  return out.join("");
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

function write(value: unknown, path: string, out: string[], stack: Set<object>): void {
  switch (typeof value) {
    case "string":
      // I-JSON (RFC 7493) forbids lone surrogates; JSON.stringify would escape them and a verifier in another
      // language might decode them differently.
      if (!value.isWellFormed()) throw new CanonicalJsonError("string with a lone surrogate", path);
      out.push(JSON.stringify(value));
      return;
    case "number":
      if (!Number.isFinite(value)) throw new CanonicalJsonError(`non-finite number ${value}`, path);
      // JSON.stringify uses Number::toString (shortest round trip) and writes -0 as 0, exactly as RFC 8785 §3.2.2.3.
      out.push(JSON.stringify(value));
      return;
    case "boolean":
      out.push(value ? "true" : "false");
      return;
    case "object":
      if (value === null) {
        out.push("null");
        return;
      }
      if (stack.has(value)) throw new CanonicalJsonError("cyclic reference", path);
      stack.add(value);
      if (Array.isArray(value)) writeArray(value, path, out, stack);
      else writeObject(value, path, out, stack);
      stack.delete(value);
      return;
    default:
      // undefined, function, symbol, bigint
      throw new CanonicalJsonError(`${typeof value} is not representable in JSON`, path);
  }
}

function writeArray(value: readonly unknown[], path: string, out: string[], stack: Set<object>): void {
  out.push("[");
  for (let i = 0; i < value.length; i++) {
    if (i > 0) out.push(",");
    // A hole or undefined element would become null in JSON.stringify: reject instead.
    if (!(i in value)) throw new CanonicalJsonError("sparse array", `${path}[${i}]`);
    write(value[i], `${path}[${i}]`, out, stack);
  }
  out.push("]");
}

function writeObject(value: object, path: string, out: string[], stack: Set<object>): void {
  const proto: unknown = Object.getPrototypeOf(value);
  // Dates, Maps, class instances and objects with toJSON would serialise differently per library: plain data only.
  if (proto !== Object.prototype && proto !== null) throw new CanonicalJsonError("not a plain object", path);
  if (Object.getOwnPropertySymbols(value).length > 0)
    throw new CanonicalJsonError("symbol-keyed property", path);
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, which is what RFC 8785 §3.2.3 prescribes.
  const keys = Object.keys(record).sort();
  out.push("{");
  keys.forEach((key, i) => {
    if (i > 0) out.push(",");
    const childPath = `${path}.${key}`;
    if (!key.isWellFormed()) throw new CanonicalJsonError("key with a lone surrogate", childPath);
    out.push(JSON.stringify(key), ":");
    write(record[key], childPath, out, stack);
  });
  out.push("}");
}
