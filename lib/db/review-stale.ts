// Reviewer decisions with their staleness, derived from the audit trail (lib/review/stale.ts): rows are never
// deleted or rewritten because an answer changed, so the history stays; a stale decision just stops counting.
// Callers check access first (the lab's page load, or lockForReview inside the same transaction).
import { emsg } from "@/lib/i18n/errors";
import { STALENESS_EVENTS, ROUND_END_EVENT, staleDecisions, type TStaleness } from "@/lib/review/stale";
import { AppError } from "@/lib/errors";
import { getCatalog } from "@/lib/schemes";
import type { DbClient } from "@/lib/db/types";

const decisionSelect = {
  criterionKey: true,
  decision: true,
  overrideVerdict: true,
  comment: true,
  round: true,
  updatedAt: true,
  reviewer: { select: { name: true } },
} as const;

/** Stale decisions of an assessment by criterion key (empty when every decision is of the current round). */
export async function staleDecisionMap(
  db: DbClient,
  assessmentId: string,
  decisions?: readonly { criterionKey: string; round: number }[],
): Promise<Map<string, TStaleness>> {
  const a = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      round: true,
      catalogVersion: true,
      answers: { select: { questionId: true, value: true } },
    },
  });
  if (!a) return new Map();
  const rows =
    decisions ??
    (await db.reviewDecision.findMany({
      where: { assessmentId },
      select: { criterionKey: true, round: true },
    }));
  // A decision of the current round was made after the last possible change: only older ones can be stale.
  const older = rows.filter((d) => d.round < a.round);
  if (older.length === 0) return new Map();
  // Decisions carried over from the previous version (round 0, lib/db/reassess.ts) predate every change of this
  // assessment, its draft edits included. Otherwise, changes before the first request for changes are draft edits
  // of round 1, older than any decision.
  const carried = older.some((d) => d.round === 0);
  const firstEnd = carried
    ? null
    : await db.auditEvent.findFirst({
        where: { subjectType: "assessment", subjectId: assessmentId, action: ROUND_END_EVENT },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { createdAt: true },
      });
  if (!carried && !firstEnd) return new Map();
  const events = await db.auditEvent.findMany({
    where: {
      subjectType: "assessment",
      subjectId: assessmentId,
      action: { in: STALENESS_EVENTS },
      ...(firstEnd ? { createdAt: { gte: firstEnd.createdAt } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, details: true },
  });
  return staleDecisions({
    catalog: getCatalog(a.catalogVersion),
    decisions: older,
    events,
    currentAnswers: Object.fromEntries(a.answers.map((r) => [r.questionId, r.value])),
  });
}

/**
 * Refuses approval while any decision is stale (an answer it read changed in a later round): its override must not
 * reach the signed snapshot, and the reviewer has to decide again.
 */
export async function assertNoStaleDecision(
  db: DbClient,
  assessmentId: string,
  decisions: readonly { criterionKey: string; round: number }[],
): Promise<void> {
  const n = (await staleDecisionMap(db, assessmentId, decisions)).size;
  if (n === 0) return;
  throw new AppError("INVALID_STATE", emsg("staleDecisions", { n }));
}

/** The assessment's decisions for the review page: each with its round, reviewer and staleness. */
export async function listDecisions(db: DbClient, assessmentId: string) {
  const rows = await db.reviewDecision.findMany({
    where: { assessmentId },
    orderBy: { criterionKey: "asc" },
    select: decisionSelect,
  });
  const stale = await staleDecisionMap(db, assessmentId, rows);
  return rows.map((d) => ({ ...d, stale: stale.get(d.criterionKey) ?? null }));
}
