import { describe, expect, it } from "vitest";
import {
  answersSchema,
  getCatalog,
  missingJustifications,
  parseAnswers,
  parseStoredAnswer,
  validateCatalog,
} from "@/lib/schemes";
import { asksForDescription } from "@/lib/questionnaire/describe";
import { catalogV1 } from "@/lib/schemes/catalog-v1";

const cat = getCatalog();

describe("parseAnswers", () => {
  it("checks a payload of one question (an autosave) exactly as the whole catalog's schema does", () => {
    const samples: unknown[] = [true, "x", "  ", 8.5, 1e9, "2026-02-30", ["x"], null];
    samples.push({ status: "yes" }, { status: "not_applicable", justification: "n/a" });
    // Two questions of each type (the schema depends on the type and its bounds or options).
    const seen = new Map<string, number>();
    const some = cat.questions.filter((q) => {
      const n = seen.get(q.type) ?? 0;
      seen.set(q.type, n + 1);
      return n < 2;
    });
    expect(new Set(some.map((q) => q.type)).size).toBeGreaterThanOrEqual(6);
    for (const q of some) {
      const values = [...samples, ...("options" in q ? [q.options[0]!.value, [q.options[0]!.value]] : [])];
      for (const value of values) {
        const raw = { [q.id]: value };
        const full = answersSchema(cat).safeParse(raw);
        const one = parseAnswers(cat, raw);
        expect([q.id, one.success]).toEqual([q.id, full.success]);
        if (!one.success && !full.success) expect(one.error.issues).toEqual(full.error.issues);
      }
    }
    const unknown = parseAnswers(cat, { "no.such.question": true });
    expect(unknown.success).toBe(false);
  });

  it("accepts a well-typed partial payload", () => {
    const r = parseAnswers(cat, {
      "p.internet": true,
      "p.category": "camera",
      "p.market_date": "2026-03-01",
      "c.pw.min_length": 10,
      "c.auth.network": { status: "yes" },
      "c.reg.secure_config_info": "https://example.com/secure",
    });
    expect(r.success).toBe(true);
  });

  it.each([
    ["boolean given a string", { "p.internet": "yes" }, "p.internet"],
    ["control given a boolean", { "c.auth.network": true }, "c.auth.network"],
    ["control with an unknown status", { "c.auth.network": { status: "maybe" } }, "c.auth.network"],
    ["number given a string", { "c.pw.min_length": "8" }, "c.pw.min_length"],
    ["number out of range", { "c.pw.char_classes": 9 }, "c.pw.char_classes"],
    ["non-integer count", { "c.pw.min_length": 8.5 }, "c.pw.min_length"],
    ["impossible date", { "p.market_date": "2026-02-30" }, "p.market_date"],
    ["choice outside the options", { "p.category": "spaceship" }, "p.category"],
    ["empty text", { "c.reg.secure_config_info": "   " }, "c.reg.secure_config_info"],
  ])("rejects %s, naming the question", (_label, raw, id) => {
    const r = parseAnswers(cat, raw);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.some((i) => i.path[0] === id)).toBe(true);
  });

  it("rejects unknown question ids by name", () => {
    const r = parseAnswers(cat, { "p.internet": true, "c.does_not_exist": { status: "yes" } });
    expect(r.success).toBe(false);
    if (!r.success) expect(JSON.stringify(r.error.issues)).toContain("c.does_not_exist");
  });

  it.each([null, 42, "answers", [1, 2]])("rejects a non-object payload %j", (raw) => {
    expect(parseAnswers(cat, raw).success).toBe(false);
  });

  it("keeps an unjustified N/A valid but lists it as incomplete", () => {
    const r = parseAnswers(cat, {
      "c.com.replay": { status: "not_applicable" },
      "c.res.dos": { status: "not_applicable", justification: "  " },
      "c.auth.network": { status: "not_applicable", justification: "Only public data is served." },
    });
    expect(r.success).toBe(true);
    if (r.success) expect(missingJustifications(cat, r.data)).toEqual(["c.com.replay", "c.res.dos"]);
  });
});

describe("validateCatalog on broken catalogs", () => {
  const clone = () => structuredClone(catalogV1);

  it("names the criterion and the unknown question of a broken condition", () => {
    const bad = clone();
    const c = bad.criteria.find((x) => x.key === "18031-1:AUM-6");
    if (c) c.satisfaction = { op: "eq", q: "c.auth.typo", value: "yes" };
    const r = validateCatalog(bad);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => i.message)).toContain(
        'criterion 18031-1:AUM-6: condition reads unknown question "c.auth.typo"',
      );
  });

  it("rejects a malformed condition node, naming the criterion", () => {
    const bad = clone();
    const a = bad.criteria[0];
    if (a) (a as { satisfaction: unknown }).satisfaction = { op: "between", q: "c.auth.network" };
    const r = validateCatalog(bad);
    expect(r.success).toBe(false);
    if (!r.success) {
      const issue = r.error.issues.find((i) => i.path.slice(0, 3).join(".") === "criteria.0.satisfaction");
      expect(issue?.message).toMatch(/^criterion 18031-1:ACM-1: /);
    }
  });

  it("rejects a comparison value of the wrong type", () => {
    const bad = clone();
    const b = bad.criteria[1];
    if (b) b.satisfaction = { op: "eq", q: "c.auth.network", value: true };
    const r = validateCatalog(bad);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map((i) => i.message)).toContain(
        `criterion ${b?.key}: value true does not fit question "c.auth.network" of type control`,
      );
  });

  it("rejects control questions in applicability and duplicate keys", () => {
    const bad = clone();
    const first = bad.criteria[0];
    if (first) first.applicability = { op: "eq", q: "c.auth.network", value: "yes" };
    if (first && bad.criteria[1]) bad.criteria[1].key = first.key;
    const r = validateCatalog(bad);
    expect(r.success).toBe(false);
    if (!r.success) {
      const msgs = r.error.issues.map((i) => i.message).join("\n");
      expect(msgs).toContain("applicability/scope condition reads control question");
      expect(msgs).toContain("duplicate criterion key");
    }
  });

  it("accepts the shipped catalog", () => {
    expect(validateCatalog(catalogV1).success).toBe(true);
  });
});

describe("parseStoredAnswer", () => {
  it("reads each stored answer back exactly as parseAnswers() reads a payload of that one question", () => {
    const samples: unknown[] = [
      true,
      false,
      "x",
      "  ",
      0,
      8.5,
      1e9,
      "2026-02-28",
      "2026-02-30",
      ["x"],
      null,
      {},
    ];
    samples.push(
      { status: "yes" },
      { status: "no", justification: "left over" },
      { status: "yes", justification: "a description" },
      { status: "not_applicable", justification: "n/a" },
      { status: "not_applicable" },
      { status: "maybe" },
    );
    const described = cat.questions.find((q) => q.type === "control" && asksForDescription(q));
    expect(described).toBeDefined();
    let parsed = 0;
    for (const q of cat.questions) {
      const values = [...samples, ...("options" in q ? [q.options[0]!.value, [q.options[0]!.value]] : [])];
      for (const value of values) {
        const one = parseAnswers(cat, { [q.id]: value });
        const stored = parseStoredAnswer(cat, q.id, value);
        expect([q.id, value, stored]).toEqual([q.id, value, one.success ? one.data[q.id] : undefined]);
        if (stored !== undefined) parsed++;
      }
    }
    expect(parsed).toBeGreaterThan(cat.questions.length);
    // A "yes" keeps its text only where the question asks for a description.
    expect(parseStoredAnswer(cat, described!.id, { status: "yes", justification: "d" })).toEqual({
      status: "yes",
      justification: "d",
    });
    expect(parseStoredAnswer(cat, "no.such.question", true)).toBeUndefined();
    expect(parseStoredAnswer(cat, cat.questions[0]!.id, undefined)).toBeUndefined();
  });
});
