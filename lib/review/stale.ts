// Which reviewer decisions are out of date (pure). A decision stands for the answers it was made on: when the
// manufacturer changes, in a later round, an answer (or the evidence of a question) that a decided criterion reads,
// the decision is stale. It stays in the database and in the audit trail, but counts as undecided and its override
// no longer applies until the reviewer decides again (lib/review/criteria.ts). Criteria whose answers did not change
// keep their decisions.
//
// Rounds come from the audit trail, never from clocks of different tables: answers can only change while the
// assessment is a draft (round 1, before any decision) or after a request for changes. Every change recorded after
// the "changes requested" event of round N belongs to round N + 1, and a decision of round N was made before it.
import { conditionQuestionIds, type TCatalog, type TCriterion } from "@/lib/schemes";

export const ANSWER_EVENTS = ["answer.saved", "answer.cleared"] as const;
export const EVIDENCE_EVENTS = [
  "evidence.uploaded",
  "evidence.linked",
  "evidence.unlinked",
  "evidence.removed",
] as const;
export const ROUND_END_EVENT = "assessment.changes_requested";
/** Every audit action staleness reads, for the query. */
export const STALENESS_EVENTS: string[] = [ROUND_END_EVENT, ...ANSWER_EVENTS, ...EVIDENCE_EVENTS];

/** What made a decision stale: the round it was made in and the questions changed since. */
export type TStaleness = { round: number; questions: string[] };

/** An audit event as staleness reads it; events must be given oldest first. */
export type TTrailEvent = { action: string; details: unknown };

type TChange = { round: number; kind: "answer" | "evidence"; from: unknown };

/** Questions a criterion reads: its satisfaction and applicability conditions. */
export function questionsRead(c: TCriterion): string[] {
  const ids = conditionQuestionIds(c.satisfaction);
  return c.applicability ? conditionQuestionIds(c.applicability, ids) : ids;
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** Per question, its changes with the round each was made in. */
export function changesByQuestion(events: readonly TTrailEvent[]): Map<string, TChange[]> {
  const out = new Map<string, TChange[]>();
  let round = 1;
  for (const e of events) {
    const d = record(e.details);
    if (e.action === ROUND_END_EVENT) {
      round = (typeof d.round === "number" ? d.round : round) + 1;
      continue;
    }
    const kind = (ANSWER_EVENTS as readonly string[]).includes(e.action)
      ? "answer"
      : (EVIDENCE_EVENTS as readonly string[]).includes(e.action)
        ? "evidence"
        : undefined;
    if (!kind || typeof d.questionId !== "string") continue;
    const list = out.get(d.questionId) ?? [];
    list.push({ round, kind, from: kind === "answer" ? (d.from ?? null) : undefined });
    out.set(d.questionId, list);
  }
  return out;
}

/** Deep equality of JSON values, whatever order their object keys come in. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/**
 * Whether a question changed after a decision of `round`: its evidence changed, or its answer now differs from the
 * answer at the time of the decision (an answer changed and changed back is not a change).
 */
function changedAfter(changes: readonly TChange[] | undefined, round: number, current: unknown): boolean {
  const later = changes?.filter((c) => c.round > round) ?? [];
  if (later.length === 0) return false;
  if (later.some((c) => c.kind === "evidence")) return true;
  const firstAnswer = later.find((c) => c.kind === "answer");
  return firstAnswer ? !sameJson(firstAnswer.from, current ?? null) : false;
}

/**
 * The stale decisions, by criterion key. `currentAnswers` are the stored answer values (raw JSON, by question id;
 * a missing key is an unanswered question); `events` the assessment's answer, evidence and "changes requested"
 * audit events, oldest first.
 */
export function staleDecisions(input: {
  catalog: TCatalog;
  decisions: readonly { criterionKey: string; round: number }[];
  events: readonly TTrailEvent[];
  currentAnswers: Readonly<Record<string, unknown>>;
}): Map<string, TStaleness> {
  const out = new Map<string, TStaleness>();
  const byKey = new Map(input.catalog.criteria.map((c) => [c.key, c]));
  const changes = changesByQuestion(input.events);
  for (const d of input.decisions) {
    const c = byKey.get(d.criterionKey);
    if (!c) continue;
    const questions = questionsRead(c).filter((q) =>
      changedAfter(changes.get(q), d.round, input.currentAnswers[q]),
    );
    if (questions.length) out.set(d.criterionKey, { round: d.round, questions });
  }
  return out;
}
