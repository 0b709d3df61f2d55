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
    expect(plan?.changelogs[0]?.lines.length).toBeGreaterThan(0);
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

describe("what an upgrade says changed", () => {
  it("lists every version skipped over, newest first: a draft on 1.0.0 sees 1.1.0's scoring changes too", () => {
    const plan = planUpgradeFor("1.0.0", realisticAnswers(getCatalog("1.0.0")), [
      "EU_RED",
      "US_CTM",
      "CN_CCL",
    ]);
    expect(plan?.changelogs.map((c) => c.version)).toEqual(["1.2.0", "1.1.0"]);
    const v11 = plan?.changelogs.find((c) => c.version === "1.1.0");
    expect(v11?.publishedOn).toBe(getCatalog("1.1.0").publishedOn);
    expect(v11?.lines).toEqual(getCatalog("1.1.0").changelog);
    expect(v11?.lines.join(" ")).toContain("China 3 stars: new CN-3.09");
  });

  it("lists only the newer version's changes for a draft one version behind", () => {
    const plan = planUpgradeFor("1.1.0", realisticAnswers(getCatalog("1.1.0")));
    expect(plan?.changelogs.map((c) => c.version)).toEqual(["1.2.0"]);
    expect(plan?.changelogs[0]?.lines).toEqual(getCatalog("1.2.0").changelog);
  });
});
