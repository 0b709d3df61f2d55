import { describe, expect, it } from "vitest";
import { reviewState } from "@/lib/review/criteria";
import {
  changesByQuestion,
  questionsRead,
  sameJson,
  staleDecisions,
  type TTrailEvent,
} from "@/lib/review/stale";
import { getCatalog } from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";

const catalog = getCatalog();
const answers = goodAnswers(catalog);
const schemes = ["US_CTM"] as const;
const engine = reviewState(catalog, answers, schemes, []);
const byKey = new Map(catalog.criteria.map((c) => [c.key, c]));
// A reviewed US criterion reading a control question, and another one that does not read it.
const target = engine.toReview.find((r) =>
  questionsRead(byKey.get(r.key)!).some((q) => catalog.questions.find((x) => x.id === q)?.type === "control"),
)!;
const q = questionsRead(byKey.get(target.key)!).find(
  (id) => catalog.questions.find((x) => x.id === id)?.type === "control",
)!;
const other = engine.toReview.find((r) => !questionsRead(byKey.get(r.key)!).includes(q))!;

const saved = (questionId: string, from: unknown, to: unknown): TTrailEvent => ({
  action: "answer.saved",
  details: { questionId, from, to },
});
const roundEnd = (round: number): TTrailEvent => ({
  action: "assessment.changes_requested",
  details: { round, questions: [q] },
});
const current = (patch: Record<string, unknown> = {}) =>
  ({ ...answers, ...patch }) as Record<string, unknown>;

describe("stale decisions", () => {
  it("numbers rounds from the requests for changes", () => {
    const changes = changesByQuestion([
      saved(q, null, { status: "yes" }), // draft, round 1
      roundEnd(1),
      saved(q, { status: "yes" }, { status: "no" }),
      roundEnd(2),
      { action: "evidence.unlinked", details: { questionId: q, evidenceId: "e1" } },
      { action: "review.decision", details: { criterionKey: target.key } }, // ignored
    ]);
    expect(changes.get(q)?.map((c) => [c.round, c.kind])).toEqual([
      [1, "answer"],
      [2, "answer"],
      [3, "evidence"],
    ]);
  });

  it("a decision goes stale when an answer it reads changes in a later round; others keep theirs", () => {
    const events = [roundEnd(1), saved(q, answers[q], { status: "no" })];
    const stale = staleDecisions({
      catalog,
      decisions: [
        { criterionKey: target.key, round: 1 },
        { criterionKey: other.key, round: 1 },
      ],
      events,
      currentAnswers: current({ [q]: { status: "no" } }),
    });
    expect([...stale.keys()]).toEqual([target.key]);
    expect(stale.get(target.key)).toEqual({ round: 1, questions: [q] });
  });

  it("a decision made after the change (the next round) is current", () => {
    const stale = staleDecisions({
      catalog,
      decisions: [{ criterionKey: target.key, round: 2 }],
      events: [roundEnd(1), saved(q, answers[q], { status: "no" })],
      currentAnswers: current({ [q]: { status: "no" } }),
    });
    expect(stale.size).toBe(0);
  });

  it("an answer changed and changed back is not a change; a cleared answer and an evidence change are", () => {
    const back = [
      roundEnd(1),
      saved(q, answers[q], { status: "no" }),
      saved(q, { status: "no" }, answers[q]),
    ];
    const decisions = [{ criterionKey: target.key, round: 1 }];
    expect(staleDecisions({ catalog, decisions, events: back, currentAnswers: current() }).size).toBe(0);

    const cleared = [
      roundEnd(1),
      { action: "answer.cleared", details: { questionId: q, from: answers[q], to: null } },
    ];
    const without = current();
    delete without[q];
    expect(staleDecisions({ catalog, decisions, events: cleared, currentAnswers: without }).size).toBe(1);

    const evidence = [
      roundEnd(1),
      { action: "evidence.linked", details: { questionId: q, evidenceId: "e" } },
    ];
    expect(staleDecisions({ catalog, decisions, events: evidence, currentAnswers: current() }).size).toBe(1);
  });

  it("edits in the draft, before any decision, never make a decision stale", () => {
    const stale = staleDecisions({
      catalog,
      decisions: [{ criterionKey: target.key, round: 1 }],
      events: [saved(q, null, { status: "no" }), saved(q, { status: "no" }, answers[q])],
      currentAnswers: current(),
    });
    expect(stale.size).toBe(0);
  });

  it("compares JSON values whatever the key order", () => {
    expect(sameJson({ status: "no", justification: "x" }, { justification: "x", status: "no" })).toBe(true);
    expect(sameJson({ status: "no" }, { status: "no", justification: "x" })).toBe(false);
    expect(sameJson([1, 2], [1, 2])).toBe(true);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson(null, undefined)).toBe(false);
  });
});

describe("reviewState with stale decisions", () => {
  it("counts a stale decision as undecided and ignores its override", () => {
    const decisions = engine.toReview.map((r) => ({
      criterionKey: r.key,
      decision: "ACCEPT" as const,
      overrideVerdict: r.key === target.key ? ("FAIL" as const) : null,
      comment: r.key === target.key ? "Not convincing" : null,
    }));
    const fresh = reviewState(catalog, answers, schemes, decisions);
    expect(fresh.undecided).toEqual([]);
    expect(fresh.reviewed.criteria.find((r) => r.key === target.key)?.verdict).toBe("FAIL");

    const withStale = decisions.map((d) =>
      d.criterionKey === target.key ? { ...d, stale: { round: 1, questions: [q] } } : d,
    );
    const state = reviewState(catalog, answers, schemes, withStale);
    expect(state.undecided).toEqual([target.key]);
    expect(state.stale).toEqual([target.key]);
    const reviewed = state.reviewed.criteria.find((r) => r.key === target.key);
    expect(reviewed?.verdict).toBe(target.verdict);
    expect(reviewed?.stage).not.toBe("override");
  });
});
