import { describe, expect, it } from "vitest";
import { generateSigningKey } from "@/lib/labels/signing";
import { signTreeHead, treeHeadData, verifyTreeHead } from "./tree-head";

describe("signed tree heads (RFC 9162 §4.10 TreeHeadDataV2)", () => {
  const th = { treeSize: 0x0102, timestamp: 1764582000123, rootHash: "ab".repeat(32) };

  it("signs the TLS encoding: uint64 timestamp, uint64 tree_size, <1-byte length> root, empty extensions", () => {
    const bytes = treeHeadData(th);
    expect(bytes.length).toBe(51);
    expect(bytes.subarray(0, 8).toString("hex")).toBe(BigInt(th.timestamp).toString(16).padStart(16, "0"));
    expect(bytes.subarray(8, 16).toString("hex")).toBe("0000000000000102");
    expect(bytes[16]).toBe(32);
    expect(bytes.subarray(17, 49).toString("hex")).toBe(th.rootHash);
    expect(bytes.subarray(49).toString("hex")).toBe("0000");
  });

  it("verifies with the log key only, and not once any field changes", () => {
    const key = generateSigningKey();
    const sth = signTreeHead(key.privateKeyPem, th);
    expect(sth.keyId).toBe(key.keyId);
    expect(verifyTreeHead([key.publicKeyPem], sth)).toBe(true);
    expect(verifyTreeHead([generateSigningKey().publicKeyPem], sth)).toBe(false);
    for (const changed of [
      { ...sth, treeSize: sth.treeSize + 1 },
      { ...sth, timestamp: sth.timestamp + 1 },
      { ...sth, rootHash: "cd".repeat(32) },
      // The first character carries six whole bits of the signature: changing it always changes the bytes (the
      // last ones may only carry padding bits, which decoders ignore).
      { ...sth, signature: `${sth.signature.startsWith("A") ? "B" : "A"}${sth.signature.slice(1)}` },
    ])
      expect(verifyTreeHead([key.publicKeyPem], changed)).toBe(false);
  });
});
