import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalBytes, digestSnapshot } from "./canonical";
import { buildSnapshotFixture } from "./fixtures";
import {
  decodeSignature,
  generateSigningKey,
  parsePublicKeyPems,
  publicKeyDocument,
  publicKeyFromPrivate,
  signBytes,
  signSnapshot,
  verifyBytes,
  verifySignedSnapshot,
  type TSignedSnapshot,
} from "./signing";

const key = generateSigningKey();
const snapshot = buildSnapshotFixture();
const signed = signSnapshot(key.privateKeyPem, snapshot);

function flipChar(s: string, i: number): string {
  const c = s[i] ?? "A";
  const alt = c === "A" ? "B" : "A";
  return s.slice(0, i) + alt + s.slice(i + 1);
}

describe("Ed25519 signing", () => {
  it("round-trips and reports digest and key id", () => {
    expect(signed.digest).toBe(digestSnapshot(snapshot));
    expect(signed.signature.keyId).toBe(key.keyId);
    expect(signed.signature.value).toMatch(/^[A-Za-z0-9_-]{86}$/);
    expect(verifySignedSnapshot(key.publicKeyPem, signed)).toEqual({
      valid: true,
      digest: signed.digest,
      keyId: key.keyId,
    });
    // survives a JSON round trip, as a download would
    expect(
      verifySignedSnapshot(key.publicKeyPem, JSON.parse(JSON.stringify(signed)) as TSignedSnapshot).valid,
    ).toBe(true);
  });

  it("derives the public key and a 16-hex key id from the private key", () => {
    const pub = publicKeyFromPrivate(key.privateKeyPem);
    expect(pub.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(pub.keyId).toBe(key.keyId);
    expect(pub.pem).toBe(key.publicKeyPem);
  });

  it("fails after any one-byte change of the signed bytes", () => {
    const bytes = canonicalBytes(snapshot);
    const sig = signBytes(key.privateKeyPem, bytes);
    expect(verifyBytes(key.publicKeyPem, bytes, sig)).toBe(true);
    for (let i = 0; i < bytes.length; i += Math.ceil(bytes.length / 97)) {
      const changed = Buffer.from(bytes);
      changed[i] = (changed[i] ?? 0) ^ 0x01;
      expect(verifyBytes(key.publicKeyPem, changed, sig)).toBe(false);
    }
  });

  it("fails after any one-character change of the signature", () => {
    for (let i = 0; i < signed.signature.value.length; i++) {
      expect(
        verifyBytes(key.publicKeyPem, canonicalBytes(snapshot), flipChar(signed.signature.value, i)),
      ).toBe(false);
    }
    expect(decodeSignature(`${signed.signature.value}=`)).toBeNull();
    expect(decodeSignature("not a signature")).toBeNull();
  });

  it("detects a changed snapshot, digest, key id or key", () => {
    const edited = {
      ...signed,
      snapshot: { ...snapshot, product: { ...snapshot.product, modelName: "Other camera" } },
    };
    expect(verifySignedSnapshot(key.publicKeyPem, edited)).toEqual({
      valid: false,
      reason: "digest_mismatch",
    });
    const forged = { ...edited, digest: digestSnapshot(edited.snapshot) };
    expect(verifySignedSnapshot(key.publicKeyPem, forged)).toEqual({ valid: false, reason: "bad_signature" });
    const other = generateSigningKey();
    expect(verifySignedSnapshot(other.publicKeyPem, signed)).toEqual({
      valid: false,
      reason: "key_mismatch",
    });
    const relabelled = { ...signed, signature: { ...signed.signature, keyId: other.keyId } };
    expect(verifySignedSnapshot(other.publicKeyPem, relabelled)).toEqual({
      valid: false,
      reason: "bad_signature",
    });
  });

  it("refuses keys that are not Ed25519", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
    expect(() =>
      signBytes(rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString(), Buffer.from("x")),
    ).toThrow(/Ed25519/);
  });

  it("publishes a JWKS-style document", () => {
    const doc = publicKeyDocument([key.publicKeyPem]);
    expect(doc.keys).toHaveLength(1);
    expect(doc.keys[0]).toMatchObject({
      kty: "OKP",
      crv: "Ed25519",
      alg: "EdDSA",
      use: "sig",
      kid: key.keyId,
      pem: key.publicKeyPem,
    });
    expect(Buffer.from(doc.keys[0]?.x ?? "", "base64url")).toHaveLength(32);
  });
});

describe("key rotation", () => {
  const current = generateSigningKey();
  const stranger = generateSigningKey();
  // `key` signed `signed` and has since been retired: the ring is the current key, then the retired one.
  const ring = [current.publicKeyPem, key.publicKeyPem];

  it("verifies a label signed with a retired key, picking the key by keyId", () => {
    expect(verifySignedSnapshot(ring, signed)).toEqual({
      valid: true,
      digest: signed.digest,
      keyId: key.keyId,
    });
    const fresh = signSnapshot(current.privateKeyPem, snapshot);
    expect(verifySignedSnapshot(ring, fresh)).toMatchObject({ valid: true, keyId: current.keyId });
  });

  it("refuses keys outside the ring and forged signatures under a retired key id", () => {
    expect(verifySignedSnapshot([current.publicKeyPem], signed)).toEqual({
      valid: false,
      reason: "key_mismatch",
    });
    const byStranger = signSnapshot(stranger.privateKeyPem, snapshot);
    expect(verifySignedSnapshot(ring, byStranger)).toEqual({ valid: false, reason: "key_mismatch" });
    const claimsRetired = { ...byStranger, signature: { ...byStranger.signature, keyId: key.keyId } };
    expect(verifySignedSnapshot(ring, claimsRetired)).toEqual({ valid: false, reason: "bad_signature" });
    expect(verifySignedSnapshot([], signed)).toEqual({ valid: false, reason: "key_mismatch" });
  });

  it("parses concatenated retired public keys and publishes them with the current one", () => {
    const parsed = parsePublicKeyPems(`\n${key.publicKeyPem}\n\n${stranger.publicKeyPem}${key.publicKeyPem}`);
    expect(parsed).toEqual([key.publicKeyPem, stranger.publicKeyPem]);
    const doc = publicKeyDocument([current.publicKeyPem, ...parsed]);
    expect(doc.keys.map((k) => k.kid)).toEqual([current.keyId, key.keyId, stranger.keyId]);
  });

  it("refuses anything but Ed25519 public keys, with the reason", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .publicKey.export({ type: "spki", format: "pem" })
      .toString();
    expect(() => parsePublicKeyPems("")).toThrow(/at least one PEM public key/);
    expect(() => parsePublicKeyPems(`${key.publicKeyPem}junk`)).toThrow(/found other text: "junk"/);
    expect(() => parsePublicKeyPems(key.privateKeyPem)).toThrow(/key 1 is a "PRIVATE KEY" block/);
    expect(() => parsePublicKeyPems(`${key.publicKeyPem}${rsa}`)).toThrow(
      /key 2 is not a valid Ed25519 public key \(public key must be Ed25519, got rsa\)/,
    );
    const damaged = key.publicKeyPem.replace(/\n[A-Za-z0-9+/]{8}/, "\nAAAA");
    expect(() => parsePublicKeyPems(damaged)).toThrow(/key 1 is not a valid Ed25519 public key/);
  });
});

describe("offline verification", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "cl-verify-"));
  const file = path.join(dir, "signed.json");
  const pem = path.join(dir, "key.pem");
  writeFileSync(file, JSON.stringify(signed, null, 2));
  writeFileSync(pem, key.publicKeyPem);
  const cli = path.join(process.cwd(), "lib/labels/verify-cli.mjs");
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [cli, ...args], { encoding: "utf8" }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it("plain-node verifier still accepts a label signed before the switch to the canonicalize package", () => {
    const golden = (f: string) => path.join(process.cwd(), "lib/labels/testdata", f);
    const r = run([golden("issued-v1.signed.json"), golden("issued-v1.public-key.pem")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("VALID: label CL-7KQ2-M9XD-3HRT-0BWE");
  });

  it("plain-node verifier accepts the genuine file and its independent canonical form matches ours", () => {
    const r = run([file, pem, "--export", path.join(dir, "out")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`VALID: label ${snapshot.label.publicCode}`);
    const openssl = execFileSync(
      "openssl",
      [
        "pkeyutl",
        "-verify",
        "-pubin",
        "-inkey",
        pem,
        "-rawin",
        "-in",
        path.join(dir, "out/snapshot.canonical.json"),
        "-sigfile",
        path.join(dir, "out/snapshot.sig"),
      ],
      { encoding: "utf8" },
    );
    expect(openssl).toContain("Signature Verified Successfully");
  });

  it("rejects an edited file", () => {
    const edited = JSON.parse(JSON.stringify(signed)) as TSignedSnapshot;
    edited.snapshot.result.cn.stars = 3;
    writeFileSync(path.join(dir, "edited.json"), JSON.stringify(edited));
    const r = run([path.join(dir, "edited.json"), pem]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("INVALID: digest mismatch");
  });
});
