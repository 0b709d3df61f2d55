import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CanonicalJsonError, canonicalJson, digestSnapshot, sha256Hex } from "./canonical";
import { buildSnapshotFixture } from "./fixtures";

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
