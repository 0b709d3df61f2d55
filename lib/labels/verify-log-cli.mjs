#!/usr/bin/env node
// Offline check that a label's events are in Cyberlabel's public transparency log. Plain Node (>= 18), no
// dependencies and no import of the app's code, like verify-cli.mjs beside it: an independent implementation of
// RFC 9162's inclusion proof verification (§2.1.3.2) and of the signed tree head (TreeHeadDataV2, Ed25519).
//
//   node verify-log-cli.mjs <inclusion-proof.json> <label-keys.json> [<signed-snapshot.json>]
//
// inclusion-proof.json: GET <base>/api/public/log/proof/inclusion?code=<code>
// label-keys.json:      GET <base>/.well-known/cyberlabel-label-keys.json (its transparencyLog.keys sign tree heads)
// signed-snapshot.json: GET <base>/r/<code>/snapshot.json (optional: then each leaf's digest must be its digest)
// Exit code 0 = every entry is included in the signed tree, 1 = not (or altered), 2 = usage or unreadable input.
import { createHash, createPublicKey, verify } from "node:crypto";
import { readFileSync } from "node:fs";

const sha256 = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
};
const leafHash = (bytes) => sha256(Buffer.from([0]), bytes);
const nodeHash = (l, r) => sha256(Buffer.from([1]), l, r);

/** RFC 8785 canonical JSON (strings and numbers as ECMAScript's JSON.stringify, keys by UTF-16 code units). */
function canonical(v) {
  if (v === null || typeof v !== "object") {
    if (typeof v === "number" && !Number.isFinite(v)) throw new Error("non-finite number");
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  return `{${Object.keys(v)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
    .join(",")}}`;
}

/** RFC 9162 §2.1.3.2, step by step. */
function verifyInclusion(index, size, leaf, path, root) {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §4.10 TreeHeadDataV2: uint64 timestamp, uint64 tree_size, opaque root_hash<32..255>, no extensions. */
function treeHeadData(th) {
  const out = Buffer.alloc(51);
  out.writeBigUInt64BE(BigInt(th.timestamp), 0);
  out.writeBigUInt64BE(BigInt(th.treeSize), 8);
  out.writeUInt8(32, 16);
  Buffer.from(th.rootHash, "hex").copy(out, 17);
  out.writeUInt16BE(0, 49);
  return out;
}

const keyIdOf = (key) =>
  createHash("sha256")
    .update(key.export({ type: "spki", format: "der" }))
    .digest("hex")
    .slice(0, 16);
const HEX64 = /^[0-9a-f]{64}$/;

function main(argv) {
  const [proofFile, keysFile, snapshotFile] = argv;
  if (!proofFile || !keysFile || argv.length > 3) {
    console.error(
      "usage: node verify-log-cli.mjs <inclusion-proof.json> <label-keys.json> [<signed-snapshot.json>]",
    );
    return 2;
  }
  let proof, keys, snapshot;
  try {
    proof = JSON.parse(readFileSync(proofFile, "utf8"));
    keys = JSON.parse(readFileSync(keysFile, "utf8"));
    snapshot = snapshotFile ? JSON.parse(readFileSync(snapshotFile, "utf8")) : null;
  } catch (e) {
    console.error(`cannot read input: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  const th = proof?.treeHead;
  if (
    !th ||
    !Number.isSafeInteger(th.treeSize) ||
    !Number.isSafeInteger(th.timestamp) ||
    !HEX64.test(th.rootHash ?? "")
  ) {
    console.log("NOT VERIFIED: the file has no well-formed treeHead");
    return 1;
  }
  // The log key is chosen by its own key id, computed here, never by a label in the file.
  const logKeys = (keys?.transparencyLog?.keys ?? []).flatMap((k) => {
    try {
      const key = createPublicKey(k.pem);
      return key.asymmetricKeyType === "ed25519" ? [key] : [];
    } catch {
      return [];
    }
  });
  const logKey = logKeys.find((k) => keyIdOf(k) === th.keyId);
  if (!logKey) {
    console.log(
      `NOT VERIFIED: tree head signed by key ${th.keyId}, which the key document does not list as a log key`,
    );
    return 1;
  }
  const sig = Buffer.from(String(th.signature), "base64url");
  if (
    sig.length !== 64 ||
    sig.toString("base64url") !== th.signature ||
    !verify(null, treeHeadData(th), logKey, sig)
  ) {
    console.log("NOT VERIFIED: the tree head's signature does not verify with the log key");
    return 1;
  }
  const snapshotDigest = snapshot
    ? createHash("sha256")
        .update(Buffer.from(canonical(snapshot.snapshot), "utf8"))
        .digest("hex")
    : null;
  const entries = Array.isArray(proof.entries) ? proof.entries : [];
  if (entries.length === 0) {
    console.log(
      `NOT VERIFIED: no entry is in the tree head of size ${th.treeSize} yet (pending: ${(proof.pending ?? []).length})`,
    );
    return 1;
  }
  const problems = [];
  const lines = [];
  for (const e of entries) {
    const bytes = Buffer.from(String(e.leaf), "utf8");
    let leaf = null;
    try {
      leaf = JSON.parse(e.leaf);
    } catch {
      /* reported below */
    }
    if (!leaf || canonical(leaf) !== e.leaf) {
      problems.push(`entry ${e.leafIndex} is not canonical JSON`);
      continue;
    }
    const path =
      Array.isArray(e.auditPath) && e.auditPath.every((p) => HEX64.test(p))
        ? e.auditPath.map((p) => Buffer.from(p, "hex"))
        : null;
    if (
      !path ||
      !verifyInclusion(e.leafIndex, th.treeSize, leafHash(bytes), path, Buffer.from(th.rootHash, "hex"))
    ) {
      problems.push(`entry ${e.leafIndex} is not included in the signed tree of size ${th.treeSize}`);
      continue;
    }
    if (snapshot && (leaf.digest !== snapshotDigest || leaf.label !== snapshot.snapshot?.label?.publicCode))
      problems.push(`entry ${e.leafIndex} is about another label or digest than this signed snapshot`);
    lines.push(
      `  position ${e.leafIndex}: ${leaf.event} ${leaf.at}${leaf.reason ? ` (${leaf.reason})` : ""}`,
    );
  }
  if (problems.length > 0) {
    console.log(`NOT VERIFIED: ${problems.join("; ")}`);
    return 1;
  }
  const label = JSON.parse(entries[0].leaf).label;
  console.log(
    `INCLUDED: ${entries.length} entr${entries.length === 1 ? "y" : "ies"} of label ${label} in the log's tree of size ${th.treeSize}, signed ${new Date(th.timestamp).toISOString()} by log key ${th.keyId}:`,
  );
  for (const l of lines) console.log(l);
  if ((proof.pending ?? []).length > 0)
    console.log(
      `(${proof.pending.length} newer entr${proof.pending.length === 1 ? "y is" : "ies are"} not in this tree head yet.)`,
    );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
