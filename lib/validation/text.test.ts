import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZProductInput } from "@/lib/products/schema";
import { ZSignUp } from "@/lib/auth/schemas";
import { ZCreateLabInput } from "@/lib/labs/schema";
import { ZRejectAssessment } from "@/lib/review/schema";
import { zId, zKey, zText } from "@/lib/validation/text";

describe("zText", () => {
  const name = zText({ min: 1, max: 10 });
  const note = zText({ max: 50, multiline: true });
  it.each([
    ["NUL", "a\u0000b"],
    ["lone high surrogate", "a\ud800b"],
    ["lone low surrogate", "a\udc00"],
    ["newline in a one-line field", "a\nb"],
    ["tab in a one-line field", "a\tb"],
    ["escape", "a\u001bb"],
    ["DEL", "a\u007f"],
    ["C1 control", "a\u0085"],
    ["bidi override (Trojan Source)", "a\u202eb"],
    ["too long", "x".repeat(11)],
    ["empty after trimming", "   "],
  ])("refuses %s", (_n, v) => {
    expect(name.safeParse(v).success).toBe(false);
  });
  it("names the problem", () => {
    const r = name.safeParse("a\u0000b");
    expect(r.success ? "" : r.error.issues[0]?.message).toContain("NUL");
  });
  it("trims, normalises to NFC and keeps line breaks where allowed", () => {
    expect(name.parse("  Cafe\u0301 ")).toBe("Café");
    expect(note.parse("one\r\ntwo\rthree\tfour")).toBe("one\ntwo\nthree\tfour");
    expect(note.safeParse("a\u0000").success).toBe(false);
  });
  it("refuses wrong types and huge input cheaply", () => {
    for (const v of [42, null, {}, [], true]) expect(name.safeParse(v).success).toBe(false);
    expect(name.safeParse("x".repeat(10_000_000)).success).toBe(false);
  });
});

describe("zId and zKey", () => {
  it("accept ids and keys, refuse anything else", () => {
    expect(zId.parse("cmx4qozho0006cs7dgna7ze76")).toBe("cmx4qozho0006cs7dgna7ze76");
    expect(zKey.parse("EU_RED:art3.3d/q-1")).toBe("EU_RED:art3.3d/q-1");
    for (const v of ["", "a b", "a\u0000", "x".repeat(65), "../etc", 7])
      expect(zId.safeParse(v).success).toBe(false);
    for (const v of ["", "a b", "a\u0000", "x".repeat(101), null])
      expect(zKey.safeParse(v).success).toBe(false);
  });
});

describe("the issue 11 fields refuse NUL bytes and lone surrogates at the boundary", () => {
  const product = {
    modelName: "Hub",
    hardwareVersion: "1",
    firmwareVersion: "1",
    category: "smart-home-hub",
    supportPeriodEnd: "2030-01-01",
    updatesAutomatic: true,
  };
  it.each([
    ["product name", () => ZProductInput.safeParse({ ...product, modelName: "Hub\u0000" }), "modelName"],
    [
      "product description",
      () => ZProductInput.safeParse({ ...product, description: "x\ud800" }),
      "description",
    ],
    [
      "sign-up company",
      () =>
        ZSignUp.safeParse({
          name: "A",
          email: "a@b.example",
          password: "a fine passphrase",
          organizationName: "Co\u0000",
        }),
      "organizationName",
    ],
    [
      "sign-up name",
      () =>
        ZSignUp.safeParse({
          name: "A\ud800",
          email: "a@b.example",
          password: "a fine passphrase",
          organizationName: "Co",
        }),
      "name",
    ],
    ["lab name", () => ZCreateLabInput.safeParse({ name: "Lab\u0000" }), "name"],
    [
      "justification",
      () => ZRejectAssessment.safeParse({ assessmentId: "a1", expectedVersion: 1, reason: "because\u0000" }),
      "reason",
    ],
  ])("%s", (_n, parse, field) => {
    const r = parse();
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => i.path.join("."))).toContain(field);
  });
});

// Input schemas: every file that declares what a client may send. A plain z.string() there has no limit and lets
// NUL bytes and lone surrogates through to PostgreSQL (a 500): use zText/zId/zKey, or z.string() only as a
// .pipe() target after them or with an anchored .regex() (a format with its own bound).
const ROOT = path.resolve(__dirname, "../..");
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const INPUT_SCHEMA_FILES = [
  ...walk(path.join(ROOT, "lib")).filter((f) => /\/(schema|schemas)\.ts$/.test(f)),
  ...walk(path.join(ROOT, "lib/actions")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts")),
  ...walk(path.join(ROOT, "app")).filter((f) => /\/route\.ts$/.test(f) || /\/actions?\.ts$/.test(f)),
  path.join(ROOT, "lib/labels/verify-form.ts"),
  path.join(ROOT, "lib/labels/public-http.ts"),
  path.join(ROOT, "lib/translog/public-api.ts"),
];

describe("input schemas use the text helpers", () => {
  it("has input schema files to check", () => {
    expect(INPUT_SCHEMA_FILES.length).toBeGreaterThan(10);
  });
  it("no plain z.string() in an input schema", () => {
    const offenders: string[] = [];
    for (const file of INPUT_SCHEMA_FILES) {
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/(\.pipe\(\s*)?\bz\s*\.string\(([^)]*)\)(\s*\.regex\(\/\^)?/g)) {
        if (m[1] || m[3]) continue;
        offenders.push(`${path.relative(ROOT, file)}:${src.slice(0, m.index).split("\n").length}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
