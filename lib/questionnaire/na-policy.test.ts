import { describe, expect, it } from "vitest";
import {
  conditionQuestionIds,
  getCatalog,
  listCatalogVersions,
  naPolicy,
  type TCatalog,
} from "@/lib/schemes";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { planQuestionnaire } from "@/lib/questionnaire/plan";
import { CAMERA_PROFILE, goodAnswers } from "@/lib/scoring/fixtures";

const V11 = getCatalog("1.1.0");

describe("N/A at the question (catalog 1.1.0)", () => {
  it("does not offer N/A where no requirement accepts it, and says why", () => {
    const pentest = naPolicy(V11, "c.test.pentest");
    expect(pentest.offer).toBe(false);
    expect(pentest.reasons.join(" ")).toMatch(/penetration test/);
    const skip = naPolicy(V11, "c.pw.no_skip");
    expect(skip.offer).toBe(false);
    expect(skip.reasons[0]).toMatch(/fact of the design/);
  });

  it("offers N/A where some requirements accept it and names those that do not", () => {
    const vuln = naPolicy(V11, "c.vuln.none_known");
    expect(vuln.offer).toBe(true);
    expect(vuln.reasons.some((r) => r.startsWith("GEC-1:"))).toBe(true);
    expect(naPolicy(V11, "c.com.replay")).toEqual({ offer: true, reasons: [] });
  });

  it("neither shows nor counts follow-ups whose premise is false", () => {
    const all = ["EU_RED", "US_CTM", "CN_CCL"] as const;
    const camera = planQuestionnaire(V11, goodAnswers(V11), all);
    expect(camera.visible.has("c.child.guardian_control_effective")).toBe(false);
    expect(camera.visible.has("c.reg.manual_update_info")).toBe(false);
    const toy = planQuestionnaire(V11, goodAnswers(V11, { ...CAMERA_PROFILE, "p.toy": true }), all);
    expect(toy.visible.has("c.child.guardian_control_effective")).toBe(true);
    const enterprise = planQuestionnaire(
      V11,
      goodAnswers(V11, { ...CAMERA_PROFILE, "p.consumer": false }),
      all,
    );
    expect(enterprise.visible.has("c.us.agent")).toBe(false);
    expect(enterprise.visibleCount).toBeLessThan(camera.visibleCount);
    expect(enterprise.missing.some((m) => m.questionId.startsWith("c.reg."))).toBe(false);
  });
});

/** The policy as the catalog states it, question by question (naPolicy computes all at once and keeps them). */
function naPolicyOf(catalog: TCatalog, questionId: string) {
  const q = catalog.questions.find((x) => x.id === questionId);
  if (!q || q.type !== "control") return { offer: false, reasons: [] };
  const reasons: string[] = q.naRefusal ? [q.naRefusal] : [];
  let accepted = false;
  for (const c of catalog.criteria) {
    if (!conditionQuestionIds(c.satisfaction).includes(questionId)) continue;
    if (c.allowNotApplicable) accepted = true;
    else {
      const text = `${c.id}: ${c.naRefusal ?? "the scheme gives this requirement no not-applicable exit."}`;
      if (!reasons.includes(text)) reasons.push(text);
    }
  }
  return { offer: accepted && !q.naRefusal, reasons };
}

describe("naPolicy, computed once per catalog", () => {
  it("says for every question of every catalog version, in English and Chinese, what the criteria say", () => {
    for (const version of listCatalogVersions())
      for (const catalog of [getCatalog(version), localizeCatalog(version, "zh-CN")])
        for (const q of [...catalog.questions, { id: "no.such.question" }])
          expect(naPolicy(catalog, q.id), `${version} ${q.id}`).toEqual(naPolicyOf(catalog, q.id));
  });

  it("answers again from what it kept, with a result no caller can change", () => {
    const first = naPolicy(V11, "c.vuln.none_known");
    expect(naPolicy(V11, "c.vuln.none_known")).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.reasons)).toBe(true);
  });
});
