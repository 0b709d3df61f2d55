import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCatalog, type TAnswerValue, type TAnswers, type TCatalog, type TQuestion } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import { CAMERA_PROFILE } from "@/lib/scoring/fixtures";
import { worsenings } from "@/lib/scoring/order";

/**
 * Rules 2–4 of issue 10 as properties over the whole catalog: random complete answer sets; replace each N/A, one
 * at a time, by "yes": no criterion, EU article (status, route, restriction), US result or China star level may
 * get worse under lib/scoring/order.ts. The same property fails on catalog 1.0.0, which is why 1.1.0 exists.
 */

function valueArb(q: TQuestion): fc.Arbitrary<TAnswerValue> {
  switch (q.type) {
    case "boolean":
      return fc.boolean();
    case "control":
      return fc.oneof(
        fc.constantFrom("yes", "partial", "no").map((status) => ({ status }) as TAnswerValue),
        fc
          .constantFrom("Justified: no such asset.", "")
          .map(
            (j) =>
              (j
                ? { status: "not_applicable", justification: j }
                : { status: "not_applicable" }) as TAnswerValue,
          ),
      );
    case "number":
      return fc.integer({ min: q.min ?? 0, max: q.max ?? 1000 });
    case "date":
      return fc.constantFrom("2025-01-01", "2025-08-01", "2026-06-30", "2027-12-11");
    case "choice":
      return fc.constantFrom(...q.options.map((o) => o.value));
    case "multi":
      return fc.subarray(q.options.map((o) => o.value));
    case "text":
      return fc.constant("https://example.com/info");
  }
}

/** Every question answered; the profile is the camera's with some facts flipped, or fully random. */
function completeAnswers(cat: TCatalog): fc.Arbitrary<TAnswers> {
  const entries = cat.questions.map((q) => {
    const base = CAMERA_PROFILE[q.id];
    const arb =
      q.kind === "profile" && base !== undefined
        ? fc.oneof({ weight: 4, arbitrary: fc.constant(base) }, { weight: 1, arbitrary: valueArb(q) })
        : valueArb(q);
    return [q.id, arb] as const;
  });
  return fc.record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<TAnswerValue>>);
}

function naFlipProperty(cat: TCatalog) {
  return fc.property(completeAnswers(cat), (a) => {
    const before = assess(cat, a);
    for (const [id, v] of Object.entries(a)) {
      if (typeof v !== "object" || Array.isArray(v) || v.status !== "not_applicable") continue;
      const worse = worsenings(before, assess(cat, { ...a, [id]: { status: "yes" } }));
      if (worse.length > 0) throw new Error(`${id}: N/A → yes made worse: ${worse.slice(0, 4).join("; ")}`);
    }
  });
}

describe("a claimed N/A is never better than an honest yes", () => {
  it("holds on catalog 1.1.0 for every criterion, article, route, restriction, US result and star level", () => {
    fc.assert(naFlipProperty(getCatalog("1.1.0")), { numRuns: 150, seed: 20261201 });
  });

  it("fails on catalog 1.0.0 (frozen): the defect 1.1.0 fixes", () => {
    expect(() => fc.assert(naFlipProperty(getCatalog("1.0.0")), { numRuns: 250, seed: 20261201 })).toThrow(
      /Property failed/,
    );
  });

  it("several controls, one criterion: each satisfied or validly N/A passes on 1.1.0", () => {
    const cat = getCatalog("1.1.0");
    const multi = cat.criteria.filter((c) => c.allowNotApplicable);
    fc.assert(
      fc.property(completeAnswers(cat), (a) => {
        const r = assess(cat, a);
        for (const c of multi) {
          const res = r.criteria.find((x) => x.key === c.key);
          if (res?.verdict !== "PASS") continue;
          // A pass never rests on an N/A the criterion or its question refuses.
          for (const id of res.deciding) {
            const v = a[id];
            const q = cat.questions.find((x) => x.id === id);
            if (typeof v === "object" && !Array.isArray(v) && v.status === "not_applicable")
              expect(q?.naRefusal, `${c.key} passed on refused N/A ${id}`).toBeUndefined();
          }
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
