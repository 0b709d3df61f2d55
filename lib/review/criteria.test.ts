import { describe, expect, it } from "vitest";
import { overridesFromDecisions } from "@/lib/labels/build-snapshot";
import { getCatalog } from "@/lib/schemes";
import { ALL_SCHEME_IDS } from "@/lib/schemes/registry";
import { assess } from "@/lib/scoring";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { reviewState } from "./criteria";

// The review page computes reviewState() on every render (server and browser): acceptances change no verdict, so
// the reviewed result is the engine's own, scored once (issue 13: the page's server time).
const catalog = getCatalog();
const answers = goodAnswers(catalog);
const schemes = [...ALL_SCHEME_IDS];
const base = reviewState(catalog, answers, schemes, []);
const passing = base.toReview.filter((r) => r.verdict === "PASS");
const accept = (key: string) => ({
  criterionKey: key,
  decision: "ACCEPT" as const,
  overrideVerdict: null,
  comment: null,
});

describe("reviewState's reviewed result", () => {
  it("is the engine's result when no decision overrides or rejects, equal to scoring with the (empty) overrides", () => {
    const decisions = passing.slice(0, 10).map((r) => accept(r.key));
    const state = reviewState(catalog, answers, schemes, decisions);
    expect(state.reviewed).toBe(state.engine);
    expect(state.reviewed).toEqual(assess(catalog, answers, overridesFromDecisions(decisions)));
    expect(state.undecided).toHaveLength(base.toReview.length - 10);
    expect(base.reviewed).toBe(base.engine);
  });

  it("applies an override or a rejection, and ignores a stale one", () => {
    const [a, b] = passing;
    const decisions = [
      { ...accept(a!.key), decision: "REJECT" as const, comment: "No proof." },
      { ...accept(b!.key), overrideVerdict: "FAIL" as const, comment: "Wrong firmware." },
    ];
    const state = reviewState(catalog, answers, schemes, decisions);
    expect(state.reviewed).not.toBe(state.engine);
    expect(state.reviewed).toEqual(assess(catalog, answers, overridesFromDecisions(decisions)));
    const verdict = (key: string) => state.reviewed.criteria.find((r) => r.key === key)?.verdict;
    expect(verdict(a!.key)).toBe("FAIL");
    expect(verdict(b!.key)).toBe("FAIL");
    expect(state.engine.criteria.find((r) => r.key === a!.key)?.verdict).toBe("PASS");

    const stale = reviewState(catalog, answers, schemes, [
      { ...decisions[0]!, stale: { round: 1, questions: [] } },
    ]);
    expect(stale.reviewed).toBe(stale.engine);
    expect(stale.undecided).toContain(a!.key);
  });
});
