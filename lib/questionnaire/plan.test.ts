import { describe, expect, it } from "vitest";
import { planQuestionnaire } from "@/lib/questionnaire/plan";
import { getCatalog, type TAnswerValue, type TSchemeId } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import { CAMERA_PROFILE, goodAnswers, realisticAnswers } from "@/lib/scoring/fixtures";

const catalog = getCatalog();
const ALL: TSchemeId[] = ["EU_RED", "US_CTM", "CN_CCL"];

/** Answers only what the questionnaire shows, in catalog order, as a person filling it would. */
function fillVisible(answers: Record<string, TAnswerValue>, schemes: TSchemeId[]) {
  const given: Record<string, TAnswerValue> = {};
  for (const q of catalog.questions) {
    if (answers[q.id] === undefined) continue;
    if (!planQuestionnaire(catalog, given, schemes).visible.has(q.id)) continue;
    given[q.id] = answers[q.id]!;
  }
  return given;
}

describe("planQuestionnaire", () => {
  it("never hides a question the results depend on: answering only what is shown gives the same result", () => {
    for (const answers of [goodAnswers(catalog), realisticAnswers(catalog)]) {
      const given = fillVisible(answers, ALL);
      const full = assess(catalog, answers);
      const shown = assess(catalog, given);
      expect(shown.eu.articles.map((a) => a.status)).toEqual(full.eu.articles.map((a) => a.status));
      expect(shown.us.status).toBe(full.us.status);
      expect(shown.cn.stars).toBe(full.cn.stars);
    }
  });

  it("hides questions that no in-scope criterion needs once the profile says so", () => {
    const none = planQuestionnaire(catalog, {}, ALL);
    const noPayment = planQuestionnaire(catalog, { ...CAMERA_PROFILE, "p.payment": false }, ALL);
    expect(noPayment.visible.size).toBeLessThan(none.visible.size);
    expect(none.visible.has("c.auth.machine")).toBe(true);
  });

  it("shows only the chosen schemes' questions", () => {
    const us = planQuestionnaire(catalog, {}, ["US_CTM"]);
    const all = planQuestionnaire(catalog, {}, ALL);
    expect(us.visible.size).toBeLessThan(all.visible.size);
  });

  it("asks for evidence for claimed controls and a justification for N/A", () => {
    const p = planQuestionnaire(
      catalog,
      { "c.auth.network": { status: "yes" }, "c.com.replay": { status: "not_applicable" } },
      ALL,
    );
    expect(p.needsEvidence.has("c.auth.network")).toBe(true);
    expect(p.missing).toContainEqual({ questionId: "c.auth.network", reason: "evidence" });
    expect(p.missing).toContainEqual({ questionId: "c.com.replay", reason: "justification" });
    const withFile = planQuestionnaire(
      catalog,
      { "c.auth.network": { status: "yes" } },
      ALL,
      new Map([["c.auth.network", 1]]),
    );
    expect(withFile.missing.some((m) => m.questionId === "c.auth.network")).toBe(false);
  });
});
