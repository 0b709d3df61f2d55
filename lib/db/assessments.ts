// Self-assessment: start, read, answer (optimistic locking), submit. Ownership is part of every `where`.
import { AppError, notFound } from "@/lib/errors";
import type { TSaveAnswer, TStartAssessment, TSubmitAssessment } from "@/lib/assessments/schema";
import { planQuestionnaire, type TMissingItem } from "@/lib/questionnaire/plan";
import { startingAnswers } from "@/lib/questionnaire/prefill";
import {
  CURRENT_CATALOG_VERSION,
  getCatalog,
  parseAnswers,
  type TAnswers,
  type TSchemeId,
} from "@/lib/schemes";
import { EDITABLE, TRANSITIONS } from "@/lib/workflow/transitions";
import { recordAudit } from "@/lib/db/audit";
import { notify } from "@/lib/notify/notify";
import { LAB_WITH_ACTIVE_REVIEWER } from "@/lib/db/labs";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { AssessmentStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export async function startAssessment(db: PrismaClient, actor: SessionUser, input: TStartAssessment) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, organizationId: actor.organizationId, archivedAt: null },
      select: {
        id: true,
        category: true,
        supportPeriodEnd: true,
        updatesAutomatic: true,
        defaultCredentials: true,
      },
    });
    if (!product) throw notFound("This product");
    // Only a lab with an active reviewer (lib/db/labs.ts): the form lists no other, and a crafted request is refused.
    const lab = await tx.organization.findFirst({
      where: { id: input.labId, ...LAB_WITH_ACTIVE_REVIEWER },
      select: { id: true },
    });
    if (!lab)
      throw new AppError(
        "VALIDATION",
        "This lab cannot take assessments right now (it has no active reviewer). Choose one of the listed labs.",
        { fieldErrors: { labId: ["Choose one of the listed labs: this one has no active reviewer."] } },
      );
    const assessment = await tx.assessment.create({
      data: {
        productId: product.id,
        organizationId: actor.organizationId,
        labId: lab.id,
        catalogVersion: CURRENT_CATALOG_VERSION,
        targetSchemes: [...new Set(input.targetSchemes)],
        createdById: actor.id,
      },
      select: { id: true },
    });
    // What the product already says starts the matching questions off (the questionnaire marks them; editable).
    const prefill = startingAnswers(getCatalog(CURRENT_CATALOG_VERSION), product, input.targetSchemes);
    if (prefill.length)
      await tx.answer.createMany({
        data: prefill.map(([questionId, value]) => ({
          assessmentId: assessment.id,
          questionId,
          value: value as Prisma.InputJsonValue,
          updatedById: actor.id,
        })),
      });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assessment.started",
      subjectType: "assessment",
      subjectId: assessment.id,
      organizationId: actor.organizationId,
      details: {
        productId: product.id,
        labId: lab.id,
        targetSchemes: input.targetSchemes,
        catalogVersion: CURRENT_CATALOG_VERSION,
        prefilledFromProduct: Object.fromEntries(prefill),
      },
    });
    return assessment;
  });
}

/** Stored answers are re-validated against their catalog: anything that no longer parses is left out, never trusted. */
export function answersFromRows(
  catalogVersion: string,
  rows: { questionId: string; value: Prisma.JsonValue }[],
): TAnswers {
  const catalog = getCatalog(catalogVersion);
  const known = new Set(catalog.questions.map((q) => q.id));
  const out: Record<string, unknown> = {};
  for (const r of rows) {
    if (!known.has(r.questionId)) continue;
    const one = parseAnswers(catalog, { [r.questionId]: r.value });
    if (one.success) Object.assign(out, one.data);
  }
  return out as TAnswers;
}

const assessmentSelect = {
  id: true,
  status: true,
  version: true,
  round: true,
  catalogVersion: true,
  targetSchemes: true,
  organizationId: true,
  labId: true,
  assigneeId: true,
  submittedAt: true,
  decidedAt: true,
  decisionReason: true,
  createdAt: true,
  updatedAt: true,
  product: {
    select: {
      id: true,
      modelName: true,
      modelNumber: true,
      firmwareVersion: true,
      hardwareVersion: true,
      category: true,
      supportPeriodEnd: true,
      updatesAutomatic: true,
      defaultCredentials: true,
    },
  },
  owner: { select: { id: true, name: true } },
  lab: { select: { id: true, name: true } },
  assignee: { select: { id: true, name: true } },
  answers: { select: { questionId: true, value: true, updatedAt: true } },
  evidence: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      fileName: true,
      contentType: true,
      size: true,
      sha256: true,
      createdAt: true,
      links: { select: { questionId: true } },
    },
  },
  comments: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      questionId: true,
      body: true,
      round: true,
      createdAt: true,
      resolvedAt: true,
      author: { select: { name: true } },
    },
  },
} satisfies Prisma.AssessmentSelect;

export type TAssessmentView = Awaited<ReturnType<typeof loadAssessmentView>>;

async function loadAssessmentView(db: DbClient, where: Prisma.AssessmentWhereInput) {
  const a = await db.assessment.findFirst({ where, select: assessmentSelect });
  if (!a) throw notFound("This assessment");
  return {
    ...a,
    targetSchemes: a.targetSchemes as TSchemeId[],
    answers: answersFromRows(a.catalogVersion, a.answers),
    answerUpdatedAt: Object.fromEntries(a.answers.map((r) => [r.questionId, r.updatedAt.toISOString()])),
    evidence: a.evidence.map((e) => ({ ...e, questionIds: e.links.map((l) => l.questionId) })),
  };
}

/** The manufacturer's view: only its own organisation's assessments. */
export function getAssessmentForOwner(db: DbClient, actor: SessionUser, id: string) {
  return loadAssessmentView(db, { id, organizationId: actor.organizationId });
}

/** A lab reviewer's view: only assessments submitted to the reviewer's lab (never a draft). */
export function getAssessmentForLab(db: DbClient, actor: SessionUser, id: string) {
  return loadAssessmentView(db, { id, labId: actor.organizationId, status: { not: "DRAFT" } });
}

export function evidenceCountByQuestion(evidence: { questionIds: string[] }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const e of evidence) for (const q of e.questionIds) m.set(q, (m.get(q) ?? 0) + 1);
  return m;
}

/**
 * Bumps the version if the assessment is the caller's, editable, and still at the version the caller saw.
 * Otherwise says precisely why not, so nothing is silently overwritten.
 */
export async function lockForEdit(
  tx: DbClient,
  actor: SessionUser,
  assessmentId: string,
  expectedVersion: number,
) {
  const { count } = await tx.assessment.updateMany({
    where: {
      id: assessmentId,
      organizationId: actor.organizationId,
      status: { in: [...EDITABLE] },
      version: expectedVersion,
    },
    data: { version: { increment: 1 } },
  });
  if (count === 1) return expectedVersion + 1;
  const current = await tx.assessment.findFirst({
    where: { id: assessmentId, organizationId: actor.organizationId },
    select: { status: true, version: true },
  });
  if (!current) throw notFound("This assessment");
  if (!EDITABLE.includes(current.status)) {
    throw new AppError("INVALID_STATE", "This assessment has been submitted and can no longer be edited.");
  }
  throw new AppError(
    "STALE",
    "Someone else changed this assessment after you opened it. The latest answers are shown now; re-enter your change if it is still needed.",
  );
}

export async function saveAnswer(db: PrismaClient, actor: SessionUser, input: TSaveAnswer) {
  return db.$transaction(async (tx) => {
    const a = await tx.assessment.findFirst({
      where: { id: input.assessmentId, organizationId: actor.organizationId },
      select: { catalogVersion: true },
    });
    if (!a) throw notFound("This assessment");
    const catalog = getCatalog(a.catalogVersion);
    if (!catalog.questions.some((q) => q.id === input.questionId)) {
      throw new AppError(
        "VALIDATION",
        `There is no question "${input.questionId}" in catalog ${a.catalogVersion}.`,
      );
    }
    let value: Prisma.InputJsonValue | null = null;
    if (input.value !== null && input.value !== undefined) {
      const parsed = parseAnswers(catalog, { [input.questionId]: input.value });
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? "invalid value";
        throw new AppError("VALIDATION", `This answer is not valid: ${message}.`, {
          fieldErrors: { [input.questionId]: [message] },
        });
      }
      value = (parsed.data[input.questionId] ?? null) as Prisma.InputJsonValue | null;
    }
    const version = await lockForEdit(tx, actor, input.assessmentId, input.expectedVersion);
    const key = {
      assessmentId_questionId: { assessmentId: input.assessmentId, questionId: input.questionId },
    };
    const before = await tx.answer.findUnique({ where: key, select: { value: true } });
    if (value === null) {
      if (before) await tx.answer.delete({ where: key });
    } else {
      await tx.answer.upsert({
        where: key,
        create: {
          assessmentId: input.assessmentId,
          questionId: input.questionId,
          value,
          updatedById: actor.id,
        },
        update: { value, updatedById: actor.id },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: value === null ? "answer.cleared" : "answer.saved",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      organizationId: actor.organizationId,
      details: { questionId: input.questionId, from: before?.value ?? null, to: value },
    });
    return { version };
  });
}

export type TSubmitResult =
  { submitted: true; version: number } | { submitted: false; missing: TMissingItem[] };

export async function submitAssessment(
  db: PrismaClient,
  actor: SessionUser,
  input: TSubmitAssessment,
): Promise<TSubmitResult> {
  return db.$transaction(async (tx) => {
    const view = await getAssessmentForOwner(tx, actor, input.assessmentId);
    if (!(TRANSITIONS.submit.from as readonly AssessmentStatus[]).includes(view.status)) {
      throw new AppError("INVALID_STATE", "This assessment has already been submitted.");
    }
    const plan = planQuestionnaire(
      getCatalog(view.catalogVersion),
      view.answers,
      view.targetSchemes,
      evidenceCountByQuestion(view.evidence),
    );
    if (plan.missing.length > 0) return { submitted: false, missing: plan.missing };
    // The conditional update is the guard against double submission: only one request can match the version.
    const { count } = await tx.assessment.updateMany({
      where: {
        id: view.id,
        organizationId: actor.organizationId,
        status: { in: [...TRANSITIONS.submit.from] },
        version: input.expectedVersion,
      },
      data: { status: TRANSITIONS.submit.to, version: { increment: 1 }, submittedAt: new Date() },
    });
    if (count !== 1) {
      const now = await tx.assessment.findFirst({ where: { id: view.id }, select: { status: true } });
      if (now && !EDITABLE.includes(now.status))
        throw new AppError("INVALID_STATE", "This assessment has already been submitted.");
      throw new AppError(
        "STALE",
        "Someone else changed this assessment after you opened it. Review the latest answers, then submit again.",
      );
    }
    if (view.status === "CHANGES_REQUESTED") {
      await tx.reviewComment.updateMany({
        where: { assessmentId: view.id, resolvedAt: null },
        data: { resolvedAt: new Date() },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: view.status === "CHANGES_REQUESTED" ? "assessment.resubmitted" : "assessment.submitted",
      subjectType: "assessment",
      subjectId: view.id,
      organizationId: actor.organizationId,
      details: { from: view.status, to: "SUBMITTED", round: view.round, labId: view.labId },
    });
    // Same transaction: the lab is told exactly when the submission commits (lib/notify).
    await notify(tx, {
      event: "ASSESSMENT_SUBMITTED",
      assessmentId: view.id,
      resubmitted: view.status === "CHANGES_REQUESTED",
    });
    return { submitted: true, version: input.expectedVersion + 1 };
  });
}

export function listAssessmentsOfProduct(db: DbClient, actor: SessionUser, productId: string) {
  return db.assessment.findMany({
    where: { productId, organizationId: actor.organizationId },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, targetSchemes: true, updatedAt: true, lab: { select: { name: true } } },
  });
}
