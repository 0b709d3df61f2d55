import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalog, listCatalogVersions, type TAnswerValue, type TQuestion } from "@/lib/schemes";
import { assess, readinessOf, resultFor, type TAssessment, type TVerdict } from "@/lib/scoring";
import { CAMERA_PROFILE, goodAnswers } from "@/lib/scoring/fixtures";

for (const version of listCatalogVersions()) describeProperties(version);

function describeProperties(version: string) {
  const cat = getCatalog(version);
  const controls = cat.questions.filter((q) => q.type === "control");

  function valueArb(q: TQuestion): fc.Arbitrary<TAnswerValue> {
    switch (q.type) {
      case "boolean":
        return fc.boolean();
      case "control":
        return fc.record(
          {
            status: fc.constantFrom("yes", "partial", "no", "not_applicable"),
            justification: fc.constantFrom("Justified: no such asset.", ""),
          },
          { requiredKeys: ["status"] },
        );
      case "number":
        return fc.integer({ min: q.min ?? 0, max: q.max ?? 1000 });
      case "date":
        return fc.constantFrom("2025-01-01", "2026-06-30", "2027-12-11", "2031-12-31");
      case "choice":
        return fc.constantFrom(...q.options.map((o) => o.value));
      case "multi":
        return fc.subarray(q.options.map((o) => o.value));
      case "text":
        return fc.constantFrom("https://example.com/info", "See manual section 4.");
    }
  }

  /** Any subset of questions answered with any well-typed value; biased towards the camera profile to stay in scope. */
  const answersArb = fc
    .tuple(
      fc.dictionary(fc.constantFrom(...cat.questions.map((q) => q.id)), fc.constant(null), {
        maxKeys: cat.questions.length,
      }),
      fc.boolean(),
    )
    .chain(([keys, camera]) => {
      const ids = Object.keys(keys);
      const entries = ids.map((id) =>
        valueArb(cat.questions.find((q) => q.id === id) as TQuestion).map((v) => [id, v] as const),
      );
      return fc
        .tuple(...entries)
        .map((pairs) => ({ ...(camera ? CAMERA_PROFILE : {}), ...Object.fromEntries(pairs) }));
    });

  /** Mostly-good answers with some controls degraded: the interesting region for monotonicity. */
  const draftArb = fc
    .array(
      fc.tuple(fc.constantFrom(...controls.map((q) => q.id)), fc.constantFrom("no", "partial", "drop")),
      {
        maxLength: 25,
      },
    )
    .map((changes) => {
      const a: Record<string, TAnswerValue> = goodAnswers(cat);
      for (const [id, what] of changes) {
        if (what === "drop") delete a[id];
        else a[id] = { status: what };
      }
      return a;
    });

  const RANK: Record<TVerdict, number> = { FAIL: 0, UNANSWERED: 1, PASS: 2, NOT_APPLICABLE: 2 };

  function notWorse(before: TAssessment, after: TAssessment): void {
    for (const b of before.criteria) {
      const k = b.key;
      const a = resultFor(after, k);
      expect(RANK[a?.verdict ?? "FAIL"], k).toBeGreaterThanOrEqual(RANK[b.verdict]);
    }
    for (const id of ["EU_RED", "US_CTM", "CN_CCL"] as const) {
      expect(readinessOf(after, id).passing).toBeGreaterThanOrEqual(readinessOf(before, id).passing);
    }
    before.eu.articles.forEach((b, i) => {
      const a = after.eu.articles[i];
      for (const f of a?.failing ?? []) expect(b.failing).toContain(f);
      if (b.conformant === true) expect(a?.conformant).toBe(true);
      if (b.status === "presumption") expect(a?.status).toBe("presumption");
    });
    if (before.us.eligible) expect(after.us.eligible).toBe(true);
    for (const f of after.us.failing) expect(before.us.failing).toContain(f);
    expect(after.cn.stars).toBeGreaterThanOrEqual(before.cn.stars);
  }

  describe(`assess properties (catalog ${version})`, () => {
    it("is deterministic and does not mutate its input", () => {
      fc.assert(
        fc.property(answersArb, (a) => {
          const copy = structuredClone(a);
          const r1 = assess(cat, a);
          const r2 = assess(cat, copy);
          expect(r2).toEqual(r1);
          expect(copy).toEqual(a);
          expect(JSON.stringify(assess(cat, a))).toBe(JSON.stringify(r1));
        }),
        { numRuns: 150 },
      );
    });

    it("is monotone: turning a failing control into a satisfying one never lowers any result", () => {
      fc.assert(
        fc.property(draftArb, fc.constantFrom(...controls.map((q) => q.id)), (a, id) => {
          const before = assess(cat, a);
          const after = assess(cat, { ...a, [id]: { status: "yes" } });
          notWorse(before, after);
        }),
        { numRuns: 200 },
      );
    });

    it("is monotone for random answer sets too", () => {
      fc.assert(
        fc.property(answersArb, fc.constantFrom(...controls.map((q) => q.id)), (a, id) => {
          const cur = a[id];
          fc.pre(
            typeof cur === "object" &&
              !Array.isArray(cur) &&
              (cur.status === "no" || cur.status === "partial"),
          );
          notWorse(assess(cat, a), assess(cat, { ...a, [id]: { status: "yes" } }));
        }),
        { numRuns: 300 },
      );
    });

    it("never gives a star level whose own or lower levels have a non-passing criterion", () => {
      fc.assert(
        fc.property(fc.oneof(answersArb, draftArb), (a) => {
          const r = assess(cat, a);
          for (const c of cat.criteria) {
            if (c.scheme !== "CN_CCL" || c.level === undefined) continue;
            const v = resultFor(r, c.key)?.verdict;
            if (v === "FAIL" || v === "UNANSWERED") expect(r.cn.stars).toBeLessThan(c.level);
          }
          for (const l of r.cn.levels) if (!l.met) expect(r.cn.stars).toBeLessThan(l.level);
        }),
        { numRuns: 200 },
      );
    });

    it("never counts an unanswered question as a pass", () => {
      fc.assert(
        fc.property(
          fc.oneof(answersArb, draftArb),
          fc.array(fc.constantFrom(...cat.questions.map((q) => q.id)), { maxLength: 40 }),
          (a, drop) => {
            const full = assess(cat, a);
            for (const r of full.criteria) {
              if (r.verdict === "PASS")
                for (const id of r.deciding) expect(a[id], `${r.key} passed on missing ${id}`).toBeDefined();
            }
            // Removing answers can only lose passes, never create them.
            const fewer = { ...a };
            for (const id of drop) delete fewer[id];
            const partial = assess(cat, fewer);
            for (const r of partial.criteria)
              if (r.verdict === "PASS") expect(resultFor(full, r.key)?.verdict, r.key).toBe("PASS");
            if (partial.us.eligible) expect(full.us.eligible).toBe(true);
            expect(partial.cn.stars).toBeLessThanOrEqual(full.cn.stars);
          },
        ),
        { numRuns: 200 },
      );
    });

    it("passes nothing on an empty payload", () => {
      const r = assess(cat, {});
      expect(r.criteria.some((c) => c.verdict === "PASS" || c.verdict === "NOT_APPLICABLE")).toBe(false);
    });
  });
}
