import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from "node:crypto";
import { canonicalBytes, sha256Hex } from "./canonical";
import type { TLabelSnapshot } from "./snapshot-types";

/**
 * Ed25519 signatures over issued labels (node:crypto only).
 *
 * WHAT IS SIGNED: the UTF-8 bytes of canonicalJson(snapshot), i.e. exactly the bytes whose SHA-256 is the label's
 * digest. Ed25519 hashes its message internally (SHA-512), so signing the canonical bytes rather than the digest
 * string lets anyone check a label with stock tools and no code of ours:
 *   openssl pkeyutl -verify -pubin -inkey key.pem -rawin -in snapshot.canonical.json -sigfile snapshot.sig
 * The signature travels as unpadded base64url of the raw 64-byte signature. See docs/verify-a-label.md.
 */

export const SIGNATURE_ALG = "Ed25519" as const;
export const SIGNED_SNAPSHOT_FORMAT = "cyberlabel.signed-snapshot/1" as const;

/** The downloadable, self-contained signed label (what lib/labels/verify-cli.mjs checks offline). */
export type TSignedSnapshot = {
  format: typeof SIGNED_SNAPSHOT_FORMAT;
  snapshot: TLabelSnapshot;
  /** SHA-256, lower-case hex, of the canonical JSON of `snapshot`. */
  digest: string;
  signature: { alg: typeof SIGNATURE_ALG; keyId: string; value: string };
};

export type TPublicKeyInfo = { pem: string; keyId: string };

export type TPublicJwk = {
  kty: "OKP";
  crv: "Ed25519";
  alg: "EdDSA";
  use: "sig";
  kid: string;
  x: string;
  pem: string;
};

/**
 * JWKS-style document for the well-known public key URL (RFC 8037 OKP keys): `keys` sign label snapshots;
 * `transparencyLog.keys` sign the public log's tree heads (lib/translog/tree-head.ts).
 */
export type TPublicKeyDocument = {
  keys: TPublicJwk[];
  transparencyLog?: {
    description: string;
    treeHead: string;
    keys: TPublicJwk[];
  };
};

const SIG_RE = /^[A-Za-z0-9_-]{86}$/; // 64 bytes, unpadded base64url

function loadPrivate(pem: string): KeyObject {
  const key = createPrivateKey(pem);
  // Refuse any other key type: an RSA or EC key would sign "successfully" with a different meaning.
  if (key.asymmetricKeyType !== "ed25519")
    throw new Error(`signing key must be Ed25519, got ${key.asymmetricKeyType ?? "unknown"}`);
  return key;
}

function loadPublic(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== "ed25519")
    throw new Error(`public key must be Ed25519, got ${key.asymmetricKeyType ?? "unknown"}`);
  return key;
}

/** First 16 hex characters of SHA-256 over the SubjectPublicKeyInfo DER: short, stable, derivable by anyone. */
export function keyIdOf(publicKey: KeyObject): string {
  return sha256Hex(publicKey.export({ type: "spki", format: "der" })).slice(0, 16);
}

export function publicKeyFromPrivate(privateKeyPem: string): TPublicKeyInfo {
  const pub = createPublicKey(loadPrivate(privateKeyPem));
  return { pem: pub.export({ type: "spki", format: "pem" }).toString(), keyId: keyIdOf(pub) };
}

export function publicKeyInfo(publicKeyPem: string): TPublicKeyInfo {
  const pub = loadPublic(publicKeyPem);
  return { pem: pub.export({ type: "spki", format: "pem" }).toString(), keyId: keyIdOf(pub) };
}

/** For development, seeding and tests; production keys come from the deployment's configuration. */
export function generateSigningKey(): { privateKeyPem: string; publicKeyPem: string; keyId: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

/** Signs the given bytes (the canonical JSON); returns unpadded base64url of the 64-byte signature. */
export function signBytes(privateKeyPem: string, message: Uint8Array): string {
  return sign(null, message, loadPrivate(privateKeyPem)).toString("base64url");
}

/** false for a wrong key, a changed message, or a malformed signature; throws only for a non-Ed25519 key. */
export function verifyBytes(publicKeyPem: string, message: Uint8Array, signature: string): boolean {
  const key = loadPublic(publicKeyPem);
  const raw = decodeSignature(signature);
  return raw !== null && verify(null, message, key, raw);
}

/** Strict decoding: Buffer.from(…, "base64url") silently skips bad characters, which would let edits go unseen. */
export function decodeSignature(signature: string): Buffer | null {
  if (!SIG_RE.test(signature)) return null;
  const raw = Buffer.from(signature, "base64url");
  return raw.length === 64 && raw.toString("base64url") === signature ? raw : null;
}

export function signSnapshot(privateKeyPem: string, snapshot: TLabelSnapshot): TSignedSnapshot {
  const bytes = canonicalBytes(snapshot);
  return {
    format: SIGNED_SNAPSHOT_FORMAT,
    snapshot,
    digest: sha256Hex(bytes),
    signature: {
      alg: SIGNATURE_ALG,
      keyId: publicKeyFromPrivate(privateKeyPem).keyId,
      value: signBytes(privateKeyPem, bytes),
    },
  };
}

export type TVerifyResult =
  | { valid: true; digest: string; keyId: string }
  | { valid: false; reason: "format" | "digest_mismatch" | "key_mismatch" | "bad_signature" };

/**
 * Checks a signed snapshot as received (e.g. parsed from a download): the digest is recomputed from the snapshot,
 * never trusted from the document, and the signature is checked over the recomputed canonical bytes.
 *
 * `publicKeyPems` is one key or a key ring (the current key and retired ones, see labelVerificationKeys() in
 * lib/secrets.ts): the key is picked by the document's keyId, so labels signed before a key rotation still verify.
 * A keyId matching none of the keys is `key_mismatch`.
 */
export function verifySignedSnapshot(
  publicKeyPems: string | readonly string[],
  doc: TSignedSnapshot,
): TVerifyResult {
  if (doc.format !== SIGNED_SNAPSHOT_FORMAT || doc.signature.alg !== SIGNATURE_ALG)
    return { valid: false, reason: "format" };
  let bytes: Buffer;
  try {
    bytes = canonicalBytes(doc.snapshot);
  } catch {
    return { valid: false, reason: "format" };
  }
  const digest = sha256Hex(bytes);
  if (digest !== doc.digest) return { valid: false, reason: "digest_mismatch" };
  const ring = typeof publicKeyPems === "string" ? [publicKeyPems] : publicKeyPems;
  const publicKeyPem = ring.find((pem) => publicKeyInfo(pem).keyId === doc.signature.keyId);
  if (publicKeyPem === undefined) return { valid: false, reason: "key_mismatch" };
  if (!verifyBytes(publicKeyPem, bytes, doc.signature.value))
    return { valid: false, reason: "bad_signature" };
  return { valid: true, digest, keyId: doc.signature.keyId };
}

const PEM_BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * Parses LABEL_SIGNING_RETIRED_KEYS: one or more PEM public keys (SPKI, "BEGIN PUBLIC KEY") of retired Ed25519
 * signing keys, concatenated (any whitespace between them). Returns them re-exported in canonical SPKI PEM form,
 * duplicates removed. Throws an Error with a message fit for a startup error line: anything else (a private key,
 * another key type, text outside the PEM blocks, a damaged block) is refused rather than silently skipped.
 */
export function parsePublicKeyPems(text: string): string[] {
  const blocks = [...text.matchAll(PEM_BLOCK_RE)];
  const leftover = text.replace(PEM_BLOCK_RE, "").trim();
  if (leftover !== "")
    throw new Error(
      `expected only PEM blocks ("-----BEGIN PUBLIC KEY-----" … "-----END PUBLIC KEY-----"), found other text: "${leftover.slice(0, 40)}"`,
    );
  if (blocks.length === 0) throw new Error("expected at least one PEM public key");
  const seen = new Map<string, string>();
  blocks.forEach((m, i) => {
    const n = `key ${i + 1}`;
    if (m[1] !== "PUBLIC KEY")
      throw new Error(
        `${n} is a "${m[1] ?? ""}" block; list only public keys ("BEGIN PUBLIC KEY", e.g. from \`openssl pkey -pubout\`)`,
      );
    let info: TPublicKeyInfo;
    try {
      info = publicKeyInfo(m[0]);
    } catch (err) {
      throw new Error(
        `${n} is not a valid Ed25519 public key (${err instanceof Error ? err.message : String(err)})`,
      );
    }
    seen.set(info.keyId, info.pem);
  });
  return [...seen.values()];
}

/** Body of the well-known public key URL; list the previous key too while labels signed with it are valid. */
export function publicKeyDocument(
  publicKeyPems: readonly string[],
  log?: { keyPems: readonly string[]; treeHeadUrl: string },
): TPublicKeyDocument {
  return {
    keys: publicKeyPems.map(jwkOf),
    ...(log
      ? {
          transparencyLog: {
            description:
              "Ed25519 keys of the public transparency log (RFC 9162 Merkle tree, SHA-256): they sign TreeHeadDataV2 of each tree head.",
            treeHead: log.treeHeadUrl,
            keys: log.keyPems.map(jwkOf),
          },
        }
      : {}),
  };
}

function jwkOf(pem: string): TPublicJwk {
  const key = loadPublic(pem);
  const jwk = key.export({ format: "jwk" });
  if (typeof jwk.x !== "string") throw new Error("Ed25519 key without x coordinate");
  return {
    kty: "OKP",
    crv: "Ed25519",
    alg: "EdDSA",
    use: "sig",
    kid: keyIdOf(key),
    x: jwk.x,
    pem: publicKeyInfo(pem).pem,
  };
}
