#!/usr/bin/env node
// Offline verifier for a Cyberlabel signed snapshot. Plain Node (>= 18), no dependencies and deliberately no
// import of the app's code: whoever checks a label should not have to trust our build, only this short file,
// Node's crypto and the published public key. The canonical JSON here is an independent re-implementation of
// lib/labels/canonical.ts (RFC 8785 style); the test suite checks both agree.
//
//   node lib/labels/verify-cli.mjs <signed-snapshot.json> <public-key.pem> [--export <dir>]
//
// Exit code 0 = valid, 1 = invalid, 2 = usage or unreadable input. --export writes snapshot.canonical.json and
// snapshot.sig (raw 64 bytes) so the same check can be repeated with OpenSSL (see docs/verify-a-label.md).
import { createHash, createPublicKey, verify } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** @param {unknown} v @returns {string} */
function canonical(v) {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new Error("non-finite number");
    return JSON.stringify(v);
  }
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (typeof v === "object") {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(/** @type {Record<string, unknown>} */ (v)[k])}`).join(",")}}`;
  }
  throw new Error(`${typeof v} is not JSON`);
}

function main(argv) {
  const [file, keyFile, flag, dir] = argv;
  if (!file || !keyFile || (flag !== undefined && (flag !== "--export" || !dir))) {
    console.error("usage: node verify-cli.mjs <signed-snapshot.json> <public-key.pem> [--export <dir>]");
    return 2;
  }
  let doc, key;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
    key = createPublicKey(readFileSync(keyFile, "utf8"));
  } catch (e) {
    console.error(`cannot read input: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  if (key.asymmetricKeyType !== "ed25519") {
    console.error("the public key is not an Ed25519 key");
    return 2;
  }
  if (doc?.format !== "cyberlabel.signed-snapshot/1" || typeof doc.signature?.value !== "string") {
    console.log("INVALID: not a Cyberlabel signed snapshot (format cyberlabel.signed-snapshot/1)");
    return 1;
  }
  const bytes = Buffer.from(canonical(doc.snapshot), "utf8");
  const digest = createHash("sha256").update(bytes).digest("hex");
  const keyId = createHash("sha256")
    .update(key.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);
  const sig = Buffer.from(doc.signature.value, "base64url");
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "snapshot.canonical.json"), bytes);
    writeFileSync(path.join(dir, "snapshot.sig"), sig);
  }
  const problems = [];
  if (digest !== doc.digest)
    problems.push(`digest mismatch: computed ${digest}, document says ${doc.digest}`);
  if (keyId !== doc.signature.keyId)
    problems.push(`key id mismatch: this key is ${keyId}, document was signed by ${doc.signature.keyId}`);
  // Strict: a signature that does not re-encode to itself has been altered even if Node would decode it.
  const sigOk =
    sig.length === 64 && sig.toString("base64url") === doc.signature.value && verify(null, bytes, key, sig);
  if (!sigOk) problems.push("Ed25519 signature does not verify");
  const label = doc.snapshot?.label ?? {};
  if (problems.length > 0) {
    console.log(`INVALID: ${problems.join("; ")}`);
    return 1;
  }
  console.log(`VALID: label ${label.publicCode} issued ${label.issuedAt}, digest ${digest}, key ${keyId}`);
  console.log(
    "(This checks the snapshot is genuine. Whether it is still valid or was revoked is on its public page, and its history is in the public log: verify-log-cli.mjs.)",
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
