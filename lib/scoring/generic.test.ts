import { describe, expect, it } from "vitest";
import { all, is, isNot, yes } from "@/lib/schemes/build";
import { getCatalog, type TCatalog, type TCriterion, type TSchemeId } from "@/lib/schemes";
import { goodAnswers } from "./fixtures";
import { assess } from "./assess";

/**
 * The generic aggregation (catalog 1.2.0+): a scheme without dedicated engine code is tallied from its criteria,
 * per obligation and mechanism, with its scopes, out-of-scope reasons and named facts. The engine needs no code
 * of its own for it: this test adds a made-up scheme to catalog 1.1.0 as data only.
 */
const XX = "XX_TEST" as TSchemeId;
const base = getCatalog("1.1.0");
const crit = (id: string, extra: Partial<TCriterion>): TCriterion => ({
  key: `XX:${id}`,
  scheme: XX,
  id,
  title: id,
  text: id,
  mechanism: "Passwords",
  scope: "xx",
  satisfaction: yes("c.pw.factory_unique_or_forced"),
  allowNotApplicable: true,
  evidence: ["x"],
  references: { etsi: [], related: [] },
  confidence: "proposal",
  ...extra,
});
const catalog: TCatalog = {
  ...base,
  version: "9.0.0-test",
  schemes: [
    ...base.schemes,
    {
      id: XX,
      name: "Test scheme",
      shortName: "Test",
      legalBasis: ["none"],
      sources: [{ label: "none" }],
      confidenceNotes: ["test"],
      provisional: true,
      scopes: [{ id: "xx", label: "consumer products", condition: is("p.consumer") }],
      scopeReasons: [{ when: isNot("p.consumer"), reason: "Not a consumer product." }],
      facts: [{ id: "toy_or_child", label: "toy or childcare", when: all(is("p.toy"), is("p.childcare")) }],
    },
  ],
  criteria: [
    ...base.criteria,
    crit("M-1", { obligation: "mandatory" }),
    crit("M-2", { obligation: "mandatory", satisfaction: yes("c.upd.verified"), mechanism: "Updates" }),
    crit("R-1", { obligation: "recommended", applicability: is("p.toy") }),
  ],
};

describe("generic scheme aggregation", () => {
  it("tallies the scheme per obligation and mechanism, evaluates its facts, and targets its gaps by id", () => {
    const answers = {
      ...goodAnswers(base),
      "c.upd.verified": { status: "no" as const },
      "p.toy": false,
      "p.childcare": false,
    };
    const r = assess(catalog, answers);
    const t = r.schemes?.[XX];
    expect(t).toMatchObject({
      inScope: true,
      scopes: [{ id: "xx", inScope: true }],
      outOfScopeReasons: [],
      failing: ["XX:M-2"],
      unanswered: [],
      facts: { toy_or_child: false },
    });
    expect(t?.tally).toMatchObject({ total: 3, applicable: 2, passing: 1, failing: 1, notApplicable: 1 });
    expect(t?.byObligation.mandatory?.failing).toEqual(["XX:M-2"]);
    expect(t?.byObligation.recommended?.tally.notApplicable).toBe(1);
    expect(Object.keys(t?.byMechanism ?? {})).toEqual(["Passwords", "Updates"]);
    expect(r.readiness[XX]).toEqual({ applicable: 2, passing: 1, percent: 50 });
    // The unverified update is one gap for every scheme that reads it, this one included (by its id).
    const gap = r.gaps.find((g) => g.questionIds.includes("c.upd.verified"));
    expect(gap?.targets).toContain(XX);
    expect(gap?.criteria).toContain("XX:M-2");
    // The three dedicated schemes are exactly as in 1.1.0.
    const old = assess(base, answers);
    expect([r.eu, r.us, r.cn]).toEqual([old.eu, old.us, old.cn]);
  });

  it("is out of scope with its reasons, and then nothing of it is a gap; unanswered facts are null", () => {
    const r = assess(catalog, { ...goodAnswers(base), "p.consumer": false });
    expect(r.schemes?.[XX]).toMatchObject({ inScope: false, outOfScopeReasons: ["Not a consumer product."] });
    expect(r.gaps.some((g) => g.targets.includes(XX))).toBe(false);
    const empty = assess(catalog, {});
    expect(empty.schemes?.[XX]).toMatchObject({ inScope: null, facts: { toy_or_child: null } });
  });
});
