import { describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/schemes";
import { SCHEME_ADDITIONS } from "@/lib/schemes/catalog-v1-2";
import { realisticAnswers } from "@/lib/scoring/fixtures";
import { planUpgradeFor, upgradeTarget } from "./upgrade";

describe("upgrading a draft from catalog 1.1.0 to 1.2.0", () => {
  const answers = realisticAnswers(getCatalog("1.1.0"));

  it("targets 1.2.0 from every older version, and nothing from 1.2.0", () => {
    expect(upgradeTarget("1.0.0")).toBe("1.2.0");
    expect(upgradeTarget("1.1.0")).toBe("1.2.0");
    expect(upgradeTarget("1.2.0")).toBeNull();
  });

  it("carries every answer over and changes no EU, US or China result", () => {
    const plan = planUpgradeFor("1.1.0", answers, ["EU_RED", "US_CTM", "CN_CCL"]);
    expect(plan).not.toBeNull();
    expect(plan?.to).toBe("1.2.0");
    expect(plan?.droppedAnswers).toEqual([]);
    expect(Object.keys(plan?.carried ?? {}).sort()).toEqual(Object.keys(answers).sort());
    expect(plan?.removedQuestions).toEqual([]);
    expect(plan?.rewordedQuestions).toEqual([]);
    expect(plan?.criteria).toEqual([]);
    expect(plan?.after).toEqual(plan?.before);
    expect(plan?.changelog.length).toBeGreaterThan(0);
    const added = SCHEME_ADDITIONS.flatMap((a) => a.questions.map((q) => q.question.id));
    expect(plan?.addedQuestions.map((q) => q.id).sort()).toEqual(added.sort());
  });

  it("lists the criteria of an added scheme only for an assessment that targets it", () => {
    for (const a of SCHEME_ADDITIONS) {
      const plan = planUpgradeFor("1.1.0", answers, [a.meta.id]);
      const keys = new Set(a.criteria.map((c) => c.key));
      expect(plan?.criteria.every((c) => keys.has(c.key))).toBe(true);
      expect(plan?.criteria.length).toBe(a.criteria.length);
    }
  });
});
