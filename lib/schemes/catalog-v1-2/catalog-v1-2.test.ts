import { describe, expect, it } from "vitest";
import { assess, type TAssessment } from "@/lib/scoring";
import { goodAnswers, realisticAnswers } from "@/lib/scoring/fixtures";
import { seededAnswers } from "@/lib/scoring/recorded/generate";
import { STORIES, storyAnswers } from "@/lib/scoring/recorded/stories";
import { getCatalog } from "../index";
import { SCHEME_ADDITIONS } from "./index";

/**
 * Catalog 1.2.0 adds schemes and leaves 1.1.0's three alone: for any answers, the EU, US and China results and
 * every 1.1.0 criterion's verdict are those of 1.1.0. The added schemes only add criteria, questions and results.
 */
const v11 = getCatalog("1.1.0");
const v12 = getCatalog("1.2.0");
const OLD = ["EU_RED", "US_CTM", "CN_CCL"] as const;

function sameOldResults(a: TAssessment, b: TAssessment) {
  expect(b.eu).toEqual(a.eu);
  expect(b.us).toEqual(a.us);
  expect(b.cn).toEqual(a.cn);
  for (const id of OLD) expect(b.readiness[id]).toEqual(a.readiness[id]);
  const verdicts = new Map(b.criteria.map((c) => [c.key, c]));
  for (const c of a.criteria) expect(verdicts.get(c.key), c.key).toEqual(c);
}

describe("catalog 1.2.0", () => {
  it("is 1.1.0 plus the added schemes, in the order of SCHEME_ADDITIONS", () => {
    expect(v12.schemes.map((s) => s.id)).toEqual([
      ...v11.schemes.map((s) => s.id),
      ...SCHEME_ADDITIONS.map((a) => a.meta.id),
    ]);
    expect(v12.criteria.slice(0, v11.criteria.length)).toEqual(v11.criteria);
    const oldIds = new Set(v11.questions.map((q) => q.id));
    // Old questions are unchanged, except that a scheme may ask one more widely (alsoAsk widens visibleWhen).
    const widened = new Set(SCHEME_ADDITIONS.flatMap((a) => a.alsoAsk?.questions ?? []));
    const strip = ({ visibleWhen: _v, ...q }: (typeof v11.questions)[number]) => q;
    expect(v12.questions.filter((q) => oldIds.has(q.id)).map(strip)).toEqual(v11.questions.map(strip));
    for (const q of v12.questions.filter((x) => oldIds.has(x.id) && !widened.has(x.id)))
      expect(q, q.id).toEqual(v11.questions.find((x) => x.id === q.id));
    for (const a of SCHEME_ADDITIONS) {
      expect(
        a.criteria.every((c) => c.scheme === a.meta.id),
        a.meta.id,
      ).toBe(true);
      for (const { question } of a.questions) expect(oldIds.has(question.id), question.id).toBe(false);
    }
  });

  it("gives the EU, US and China results of 1.1.0 for the same answers", () => {
    const sets = [
      {},
      realisticAnswers(v11),
      goodAnswers(v11),
      ...STORIES.map((s) => storyAnswers(v11, s)),
      ...Array.from({ length: 150 }, (_, i) => seededAnswers(v11, 4242, i)),
    ];
    for (const answers of sets) sameOldResults(assess(v11, answers), assess(v12, answers));
  });

  it("tallies every added scheme and leaves 1.1.0 results without a generic tally", () => {
    expect(assess(v11, realisticAnswers(v11)).schemes).toBeUndefined();
    const r = assess(v12, realisticAnswers(v12));
    for (const a of SCHEME_ADDITIONS) {
      const t = r.schemes?.[a.meta.id];
      expect(t, a.meta.id).toBeDefined();
      expect(t?.tally.total).toBe(a.criteria.length);
      expect(r.readiness[a.meta.id]).toBeDefined();
    }
  });
});
