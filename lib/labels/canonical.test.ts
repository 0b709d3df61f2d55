import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { CanonicalJsonError, canonicalJson, digestSnapshot, sha256Hex } from "./canonical";
import { buildSnapshotFixture, buildSnapshotFixtureV1 } from "./fixtures";
import { verifySignedSnapshot, type TSignedSnapshot } from "./signing";

// RFC 8785's own examples, byte for byte. Inputs are JSON texts (parsed first, as a verifier receiving them would).
describe("canonicalJson is RFC 8785 (JCS): the RFC's published examples", () => {
  it("§3.2.2 / §3.2.4: literals, numbers and string escaping, with the UTF-8 bytes of §3.2.4", () => {
    const input = String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`;
    const out = canonicalJson(JSON.parse(input));
    expect(out).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
    const hex =
      "7b226c69746572616c73223a5b6e756c6c2c747275652c66616c73655d2c226e756d62657273223a5b3333333333333333332e33" +
      "3333333333332c31652b33302c342e352c302e3030322c31652d32375d2c22737472696e67223a22e282ac245c753030306" +
      "65c6e4127425c225c5c5c5c5c222f227d";
    expect(Buffer.from(out, "utf8").toString("hex")).toBe(hex);
  });

  it("§3.2.3: properties sorted by UTF-16 code units, recursively", () => {
    const input = String.raw`{
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis"
    }`;
    // Compared as text: re-parsing would reorder the integer-like key "1" (JavaScript objects list those first).
    expect(canonicalJson(JSON.parse(input))).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
    const nested = JSON.parse(
      String.raw`{"1": {"f": {"f": "hi","F": 5} ,"\n": 56.0}, "10": { }, "": "empty", "a": { }, "111": [ { } ], "A": { }}`,
    );
    expect(canonicalJson(nested)).toBe(
      String.raw`{"":"empty","1":{"\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{}],"A":{},"a":{}}`,
    );
  });

  it("§3.2.2.2: no Unicode normalisation, no escaping beyond what JSON requires", () => {
    expect(canonicalJson(JSON.parse(String.raw`{"Unnormalized Unicode":"\u1e0d\u0307"}`))).toBe(
      '{"Unnormalized Unicode":"\u1e0d\u0307"}',
    );
    expect(canonicalJson("</script> \u007f")).toBe('"</script> \u007f"');
  });

  // Appendix B: IEEE 754 double (hex) -> JCS text.
  it.each([
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["8000000000000001", "-5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["ffefffffffffffff", "-1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["c340000000000000", "-9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af5", "9.999999999999997e+22"],
    ["44b52d02c7e14af6", "1e+23"],
    ["44b52d02c7e14af7", "1.0000000000000001e+23"],
    ["444b1ae4d6e2ef4e", "999999999999999700000"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["41b3de4355555554", "333333333.33333325"],
    ["41b3de4355555555", "333333333.3333333"],
    ["41b3de4355555556", "333333333.3333334"],
    ["41b3de4355555557", "333333333.33333343"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
  ])("Appendix B: %s -> %s", (ieee, expected) => {
    const n = Buffer.from(ieee, "hex").readDoubleBE(0);
    expect(canonicalJson(n)).toBe(expected);
    expect(canonicalJson([n])).toBe(`[${expected}]`);
  });

  it.each(["7fffffffffffffff", "7ff0000000000000"])("Appendix B: %s (NaN, Infinity) is an error", (ieee) => {
    expect(() => canonicalJson(Buffer.from(ieee, "hex").readDoubleBE(0))).toThrow(CanonicalJsonError);
  });
});

describe("labels issued before the switch to the canonicalize package", () => {
  // testdata/issued-v1.*: a label signed by the hand-written canonicaliser this file replaced (commit 64800ff),
  // with its public key. Its digest is the one docs/verify-a-label.md has always shown.
  const doc = JSON.parse(
    readFileSync(new URL("./testdata/issued-v1.signed.json", import.meta.url), "utf8"),
  ) as TSignedSnapshot;
  const key = readFileSync(new URL("./testdata/issued-v1.public-key.pem", import.meta.url), "utf8");

  it("keep their digest and signature", () => {
    expect(doc.digest).toBe("ce757aeedaaecec58dac165cb813669bd92f8078446e470d44a55e0f5e792f67");
    expect(digestSnapshot(doc.snapshot)).toBe(doc.digest);
    expect(verifySignedSnapshot(key, doc)).toEqual({
      valid: true,
      digest: doc.digest,
      keyId: doc.signature.keyId,
    });
  });

  it("and the format-1 fixture snapshot built today from catalog 1.0.0 still hashes to the same digest", () => {
    // That label is of snapshot format 1 (with internal ids); labels are issued in format 2 now.
    expect(doc.snapshot.format).toBe("cyberlabel.snapshot/1");
    expect(digestSnapshot(buildSnapshotFixtureV1({ catalog: getCatalog("1.0.0") }))).toBe(doc.digest);
  });
});

describe("canonicalJson", () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ z: { y: [3, { d: 1, c: 2 }], x: null }, a: true }, '{"a":true,"z":{"x":null,"y":[3,{"c":2,"d":1}]}}'],
    [[], "[]"],
    [{}, "{}"],
    ["深圳 café ✓", '"深圳 café ✓"'],
    ['line\nbreak "q" \\ \u0001', '"line\\nbreak \\"q\\" \\\\ \\u0001"'],
    [
      { "\u20ac": 1, "\r": 2, "\ud83d\ude00": 3, "1": 4, "10": 5, A: 6, a: 7 },
      '{"\\r":2,"1":4,"10":5,"A":6,"a":7,"€":1,"😀":3}',
    ],
  ])("writes %j as %s", (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it("serialises numbers as ECMAScript does (RFC 8785 §3.2.2.3 examples)", () => {
    const cases: [number, string][] = [
      [0, "0"],
      [-0, "0"],
      [1, "1"],
      [-1.5, "-1.5"],
      [1e21, "1e+21"],
      [1e-7, "1e-7"],
      [0.000001, "0.000001"],
      [123456789012345680000, "123456789012345680000"],
      [4.35, "4.35"],
      [0.1 + 0.2, "0.30000000000000004"],
      [Number.MAX_SAFE_INTEGER, "9007199254740991"],
      [5e-324, "5e-324"],
      [1.7976931348623157e308, "1.7976931348623157e+308"],
    ];
    for (const [n, s] of cases) expect(canonicalJson(n)).toBe(s);
  });

  it.each([
    ["undefined value", { a: undefined }],
    ["undefined in array", [1, undefined]],
    ["sparse array", [1, , 3]],
    ["NaN", { n: NaN }],
    ["Infinity", [Infinity]],
    ["function", { f: () => 1 }],
    ["symbol", Symbol("x")],
    ["bigint", 10n],
    ["Date", { d: new Date(0) }],
    ["Map", new Map()],
    ["lone surrogate", "\ud800"],
  ])("rejects %s", (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(CanonicalJsonError);
  });

  it("rejects cycles but allows shared (non-cyclic) references", () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    expect(() => canonicalJson(cyc)).toThrow(/cyclic/);
  });

  it("names the path of the offending value", () => {
    expect(() => canonicalJson({ a: [{ b: undefined }] })).toThrow("$.a[0].b");
  });

  it("round-trips through JSON.parse and ignores input key order (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const c = canonicalJson(v);
        expect(canonicalJson(JSON.parse(c))).toBe(c);
        expect(JSON.parse(c)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});

describe("digestSnapshot", () => {
  it("is stable, hex SHA-256 of the canonical bytes, and independent of key order", () => {
    const s = buildSnapshotFixture();
    const d = digestSnapshot(s);
    expect(d).toMatch(/^[0-9a-f]{64}$/);
    expect(digestSnapshot(buildSnapshotFixture())).toBe(d);
    expect(d).toBe(sha256Hex(Buffer.from(canonicalJson(s), "utf8")));
    const reversed = JSON.parse(JSON.stringify(s), (_k, v: unknown) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
    );
    expect(digestSnapshot(reversed)).toBe(d);
  });

  it("changes when any field changes", () => {
    const s = buildSnapshotFixture();
    expect(digestSnapshot({ ...s, product: { ...s.product, firmwareVersion: "3.4.18" } })).not.toBe(
      digestSnapshot(s),
    );
  });
});
