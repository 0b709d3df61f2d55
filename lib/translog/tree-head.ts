import { z } from "zod";
import {
  decodeSignature,
  publicKeyFromPrivate,
  publicKeyInfo,
  signBytes,
  verifyBytes,
} from "@/lib/labels/signing";

/**
 * Signed tree heads. What is signed is RFC 9162 §4.10's TreeHeadDataV2, TLS-encoded (51 bytes):
 *   uint64 timestamp (milliseconds since the epoch) || uint64 tree_size || opaque root_hash<32..2^8-1>
 *   (a length byte, 0x20, then the 32 bytes) || Extension sth_extensions<0..2^16-1> (two zero bytes: none)
 * with the log's Ed25519 key (LOG_SIGNING_KEY). The JSON form carries those fields, the key id (as for labels: the
 * first 16 hex characters of SHA-256 over the public key's SubjectPublicKeyInfo) and the signature as unpadded
 * base64url. docs/verify-a-label.md shows how to check one with Node alone.
 */

export type TTreeHead = { treeSize: number; timestamp: number; rootHash: string };
export type TSignedTreeHead = TTreeHead & { keyId: string; signature: string };

export const ZSignedTreeHead = z
  .object({
    treeSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    timestamp: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    rootHash: z.string().regex(/^[0-9a-f]{64}$/),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
    signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/),
  })
  .strict();

export function treeHeadData(th: TTreeHead): Buffer {
  const root = Buffer.from(th.rootHash, "hex");
  if (root.length !== 32) throw new Error("root hash must be 32 bytes");
  const out = Buffer.alloc(8 + 8 + 1 + 32 + 2);
  out.writeBigUInt64BE(BigInt(th.timestamp), 0);
  out.writeBigUInt64BE(BigInt(th.treeSize), 8);
  out.writeUInt8(32, 16);
  root.copy(out, 17);
  out.writeUInt16BE(0, 49);
  return out;
}

export function signTreeHead(privateKeyPem: string, th: TTreeHead): TSignedTreeHead {
  return {
    treeSize: th.treeSize,
    timestamp: th.timestamp,
    rootHash: th.rootHash,
    keyId: publicKeyFromPrivate(privateKeyPem).keyId,
    signature: signBytes(privateKeyPem, treeHeadData(th)),
  };
}

/** True when one of the log keys (picked by key id) signed exactly this tree head. */
export function verifyTreeHead(publicKeyPems: readonly string[], sth: TSignedTreeHead): boolean {
  const parsed = ZSignedTreeHead.safeParse(sth);
  if (!parsed.success || decodeSignature(sth.signature) === null) return false;
  const pem = publicKeyPems.find((k) => publicKeyInfo(k).keyId === sth.keyId);
  return pem !== undefined && verifyBytes(pem, treeHeadData(sth), sth.signature);
}
