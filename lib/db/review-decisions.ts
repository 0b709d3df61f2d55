// A reviewer's per-criterion decisions, requests for changes and rejection: each in one transaction with its
// audit event, each against the version the reviewer's page showed.
import { emsg } from "@/lib/i18n/errors";
import { AppError } from "@/lib/errors";
import type { TDecisionInput, TRequestChanges } from "@/lib/review/schema";
import { assertBulkAcceptable, bulkAcceptable, reviewState } from "@/lib/review/criteria";
import { getCatalog } from "@/lib/schemes";
import { schemeIds } from "@/lib/schemes/registry";
import { TRANSITIONS } from "@/lib/workflow/transitions";
import { recordAudit } from "@/lib/db/audit";
import { notify } from "@/lib/notify/notify";
import { answersFromRows } from "@/lib/db/assessments";
import { assertCriterion, lockForReview } from "@/lib/db/review";
import { staleDecisionMap } from "@/lib/db/review-stale";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function saveDecision(db: PrismaClient, actor: SessionUser, input: TDecisionInput) {
  return db.$transaction(async (tx) => {
    const a = await lockForReview(tx, actor, input.assessmentId, input.expectedVersion);
    assertCriterion(a.catalogVersion, input.criterionKey);
    const key = {
      assessmentId_criterionKey: { assessmentId: input.assessmentId, criterionKey: input.criterionKey },
    };
    // The row keeps only the latest decision; every earlier one stays in the audit trail with its round.
    const before = await tx.reviewDecision.findUnique({ where: key, select: { round: true } });
    const data = {
      decision: input.decision,
      overrideVerdict: input.overrideVerdict,
      comment: input.comment || null,
      reviewerId: actor.id,
      round: a.round,
    };
    await tx.reviewDecision.upsert({
      where: key,
      create: { assessmentId: input.assessmentId, criterionKey: input.criterionKey, ...data },
      update: data,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.decision",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      organizationId: a.organizationId,
      details: {
        criterionKey: input.criterionKey,
        decision: input.decision,
        overrideVerdict: input.overrideVerdict,
        comment: data.comment,
        round: a.round,
        ...(before && before.round !== a.round ? { replacesRound: before.round } : {}),
      },
    });
    return { version: a.version };
  });
}

/**
 * "Accept all remaining": accepts, in one step, the undecided criteria the engine PASSED or found NOT APPLICABLE
 * (including those whose earlier decision went stale because their answers changed). Criteria the engine fails
 * (or could not decide) are never accepted in bulk: the reviewer decides each of them on its own card.
 *
 * `criterionKeys` are the criteria the reviewer saw counted and confirmed. When given, exactly those are accepted,
 * and the whole request is refused if any of them is not an open, engine-passed or not-applicable criterion of this
 * review, so what is written is always what was confirmed. Without it, every eligible criterion is accepted.
 */
export async function acceptRemaining(
  db: PrismaClient,
  actor: SessionUser,
  input: { assessmentId: string; expectedVersion: number; criterionKeys?: readonly string[] },
) {
  return db.$transaction(async (tx) => {
    const a = await lockForReview(tx, actor, input.assessmentId, input.expectedVersion);
    const full = await tx.assessment.findUniqueOrThrow({
      where: { id: input.assessmentId },
      select: {
        targetSchemes: true,
        answers: { select: { questionId: true, value: true } },
        decisions: {
          select: { criterionKey: true, decision: true, overrideVerdict: true, comment: true, round: true },
        },
      },
    });
    const stale = await staleDecisionMap(tx, input.assessmentId, full.decisions);
    const state = reviewState(
      getCatalog(a.catalogVersion),
      answersFromRows(a.catalogVersion, full.answers),
      schemeIds(full.targetSchemes),
      full.decisions.map((d) => ({ ...d, stale: stale.get(d.criterionKey) ?? null })),
    );
    const eligible = bulkAcceptable(state);
    const keys = input.criterionKeys ? [...new Set(input.criterionKeys)] : eligible;
    if (input.criterionKeys) assertBulkAcceptable(state, keys);
    if (keys.length === 0) throw new AppError("INVALID_STATE", emsg("noneEnginePassed"));
    const staleKeys = new Set(state.stale);
    const redecided = keys.filter((k) => staleKeys.has(k));
    const fresh = keys.filter((k) => !staleKeys.has(k));
    const accept = { decision: "ACCEPT" as const, reviewerId: actor.id, round: a.round };
    if (fresh.length) {
      await tx.reviewDecision.createMany({
        data: fresh.map((criterionKey) => ({ assessmentId: input.assessmentId, criterionKey, ...accept })),
      });
    }
    if (redecided.length) {
      await tx.reviewDecision.updateMany({
        where: { assessmentId: input.assessmentId, criterionKey: { in: redecided } },
        data: { ...accept, overrideVerdict: null, comment: null },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.accepted_remaining",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      organizationId: a.organizationId,
      details: {
        criteria: keys,
        round: a.round,
        ...(redecided.length ? { replacesStale: redecided } : {}),
      },
    });
    return { version: a.version, accepted: keys.length };
  });
}

export async function requestChanges(db: PrismaClient, actor: SessionUser, input: TRequestChanges) {
  return db.$transaction(async (tx) => {
    const a = await lockForReview(
      tx,
      actor,
      input.assessmentId,
      input.expectedVersion,
      TRANSITIONS.requestChanges.to,
    );
    const catalog = getCatalog(a.catalogVersion);
    const unknown = input.comments.find((c) => !catalog.questions.some((q) => q.id === c.questionId));
    if (unknown) throw new AppError("VALIDATION", emsg("noQuestionInCatalog", { id: unknown.questionId }));
    await tx.reviewComment.createMany({
      data: input.comments.map((c) => ({
        assessmentId: input.assessmentId,
        questionId: c.questionId,
        body: c.body,
        round: a.round,
        authorId: actor.id,
      })),
    });
    // The next submission is a new round; the reviewer stays assigned so it comes back to them.
    await tx.assessment.update({ where: { id: input.assessmentId }, data: { round: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assessment.changes_requested",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      organizationId: a.organizationId,
      details: {
        from: "IN_REVIEW",
        to: "CHANGES_REQUESTED",
        round: a.round,
        questions: input.comments.map((c) => c.questionId),
      },
    });
    // Same transaction: the manufacturer is told exactly when the request commits (lib/notify).
    await notify(tx, {
      event: "CHANGES_REQUESTED",
      assessmentId: input.assessmentId,
      questions: new Set(input.comments.map((c) => c.questionId)).size,
    });
    return { version: a.version };
  });
}

export async function rejectAssessment(
  db: PrismaClient,
  actor: SessionUser,
  input: { assessmentId: string; expectedVersion: number; reason: string },
) {
  return db.$transaction(async (tx) => {
    const a = await lockForReview(
      tx,
      actor,
      input.assessmentId,
      input.expectedVersion,
      TRANSITIONS.reject.to,
    );
    await tx.assessment.update({
      where: { id: input.assessmentId },
      data: { decidedAt: new Date(), decisionReason: input.reason },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assessment.rejected",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      organizationId: a.organizationId,
      details: { from: "IN_REVIEW", to: "REJECTED", reason: input.reason },
    });
    await notify(tx, { event: "ASSESSMENT_REJECTED", assessmentId: input.assessmentId });
    return { version: a.version };
  });
}

/** Questions whose answers changed since the lab last asked for changes: highlighted on resubmission. */
export async function changedSinceChangesRequested(db: DbClient, assessmentId: string): Promise<string[]> {
  const last = await db.auditEvent.findFirst({
    where: { subjectType: "assessment", subjectId: assessmentId, action: "assessment.changes_requested" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (!last) return [];
  const events = await db.auditEvent.findMany({
    where: {
      subjectType: "assessment",
      subjectId: assessmentId,
      action: {
        in: [
          "answer.saved",
          "answer.cleared",
          "evidence.uploaded",
          "evidence.linked",
          "evidence.unlinked",
          "evidence.removed",
        ],
      },
      createdAt: { gt: last.createdAt },
    },
    select: { details: true },
  });
  const ids = new Set<string>();
  for (const e of events) {
    const q = (e.details as { questionId?: unknown } | null)?.questionId;
    if (typeof q === "string") ids.add(q);
  }
  return [...ids].sort();
}
