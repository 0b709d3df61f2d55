// Self-assessment: start, read, answer (optimistic locking), submit. Ownership is part of every `where`.
import { emsg } from "@/lib/i18n/errors";
import { AppError, notFound } from "@/lib/errors";
import type { TSaveAnswer, TStartAssessment, TSubmitAssessment } from "@/lib/assessments/schema";
import { planQuestionnaire, type TMissingItem } from "@/lib/questionnaire/plan";
import { startingAnswers } from "@/lib/questionnaire/prefill";
import {
  CURRENT_CATALOG_VERSION,
  getCatalog,
  parseAnswers,
  parseStoredAnswer,
  type TAnswers,
} from "@/lib/schemes";
import { EDITABLE, TRANSITIONS } from "@/lib/workflow/transitions";
import { recordAudit } from "@/lib/db/audit";
import { writeAnswer } from "@/lib/db/answer-save";
import { notify } from "@/lib/notify/notify";
import { LAB_WITH_ACTIVE_REVIEWER } from "@/lib/db/labs";
import { activeModels, ensureModel, ensureVersion } from "@/lib/db/versions";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { AssessmentStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { schemeIds } from "@/lib/schemes/registry";

export async function startAssessment(db: PrismaClient, actor: SessionUser, input: TStartAssessment) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, organizationId: actor.organizationId, archivedAt: null },
      select: {
        id: true,
        modelName: true,
        modelNumber: true,
        hardwareVersion: true,
        firmwareVersion: true,
        category: true,
        supportPeriodEnd: true,
        updatesAutomatic: true,
        defaultCredentials: true,
      },
    });
    if (!product) throw notFound("productNotFound");
    // The version and the family models this assessment covers are fixed now (lib/db/versions.ts).
    const productVersion = await ensureVersion(tx, {
      productId: product.id,
      hardwareVersion: product.hardwareVersion,
      firmwareVersion: product.firmwareVersion,
      actorId: actor.id,
    });
    await ensureModel(tx, { productId: product.id, modelName: product.modelName, sku: product.modelNumber });
    const models = await activeModels(tx, product.id);
    // Only a lab with an active reviewer (lib/db/labs.ts): the form lists no other, and a crafted request is refused.
    const lab = await tx.organization.findFirst({
      where: { id: input.labId, ...LAB_WITH_ACTIVE_REVIEWER },
      select: { id: true },
    });
    if (!lab)
      throw new AppError("VALIDATION", emsg("labUnavailable"), {
        fieldErrors: { labId: [emsg("labUnavailableField")] },
      });
    const assessment = await tx.assessment.create({
      data: {
        productId: product.id,
        organizationId: actor.organizationId,
        labId: lab.id,
        catalogVersion: CURRENT_CATALOG_VERSION,
        targetSchemes: [...new Set(input.targetSchemes)],
        createdById: actor.id,
        productVersionId: productVersion.id,
        models: { create: models.map((m) => ({ modelId: m.id })) },
      },
      select: { id: true },
    });
    // What the product already says starts the matching questions off (the questionnaire marks them; editable).
    // A version assessed again may already have its SBOM (uploads are per version): it answers the SBOM questions.
    const sbom = await tx.sbom.findFirst({
      where: { productVersionId: productVersion.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { format: true, specVersion: true, componentCount: true },
    });
    const prefill = startingAnswers(
      getCatalog(CURRENT_CATALOG_VERSION),
      { ...product, sbom },
      input.targetSchemes,
    );
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
        productVersionId: productVersion.id,
        models: models.map((m) => m.modelName),
        prefilledFromProduct: Object.fromEntries(prefill),
      },
    });
    return assessment;
  });
}

/**
 * Stored answers are re-validated against their catalog: anything that no longer parses is left out, never trusted.
 * Each row is checked by its question's value schema (parseStoredAnswer), not by a one-key object of the catalog.
 */
export function answersFromRows(
  catalogVersion: string,
  rows: { questionId: string; value: Prisma.JsonValue }[],
): TAnswers {
  const catalog = getCatalog(catalogVersion);
  const out: Record<string, TAnswers[string]> = {};
  for (const r of rows) {
    const v = parseStoredAnswer(catalog, r.questionId, r.value);
    if (v !== undefined) out[r.questionId] = v;
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
  answers: { select: { questionId: true, value: true, updatedAt: true, carriedAt: true } },
  productVersion: {
    select: {
      id: true,
      firmwareVersion: true,
      hardwareVersion: true,
      notes: true,
      // The version's latest SBOM: prefills the questions that ask for one (lib/questionnaire/prefill.ts).
      sboms: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { format: true, specVersion: true, componentCount: true },
      },
    },
  },
  models: { select: { model: { select: { id: true, modelName: true, sku: true } } } },
  basedOn: {
    select: {
      id: true,
      productVersion: { select: { firmwareVersion: true, hardwareVersion: true } },
      label: { select: { id: true, publicCode: true } },
    },
  },
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
  if (!a) throw notFound("assessmentNotFound");
  return {
    ...a,
    targetSchemes: schemeIds(a.targetSchemes),
    answers: answersFromRows(a.catalogVersion, a.answers),
    answerUpdatedAt: Object.fromEntries(a.answers.map((r) => [r.questionId, r.updatedAt.toISOString()])),
    /** Questions whose answer was carried over from the earlier version and is not yet confirmed or changed. */
    carried: a.answers.filter((r) => r.carriedAt !== null).map((r) => r.questionId),
    /** The version assessed (the product's current facts for rows from before versions). */
    covers: {
      firmwareVersion: a.productVersion?.firmwareVersion ?? a.product.firmwareVersion,
      hardwareVersion: a.productVersion?.hardwareVersion ?? a.product.hardwareVersion,
      releaseNotes: a.productVersion?.notes ?? null,
      models: a.models.map((m) => m.model),
      /** The latest SBOM uploaded for the version, or null. */
      sbom: a.productVersion?.sboms[0] ?? null,
    },
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
  if (!current) throw notFound("assessmentNotFound");
  if (!EDITABLE.includes(current.status)) {
    throw new AppError("INVALID_STATE", emsg("submittedNoEdit"));
  }
  throw new AppError("STALE", emsg("changedByOther"));
}

/**
 * Which catalog an assessment answers, remembered per process: it changes only when the assessment is upgraded to
 * a new catalog, and the write itself checks it (writeAnswer refuses a value validated against another catalog,
 * and then says which one the assessment is on), so autosave needs no read before its single write statement.
 */
const catalogOf = new Map<string, string>();
const CATALOG_CACHE_MAX = 10_000;

async function catalogVersionOf(db: PrismaClient, actor: SessionUser, assessmentId: string) {
  const known = catalogOf.get(assessmentId);
  if (known) return known;
  const a = await db.assessment.findFirst({
    where: { id: assessmentId, organizationId: actor.organizationId },
    select: { catalogVersion: true },
  });
  if (!a) throw notFound("assessmentNotFound");
  if (catalogOf.size >= CATALOG_CACHE_MAX) catalogOf.clear();
  catalogOf.set(assessmentId, a.catalogVersion);
  return a.catalogVersion;
}

function validatedValue(catalogVersion: string, input: TSaveAnswer): Prisma.InputJsonValue | null {
  const catalog = getCatalog(catalogVersion);
  if (!catalog.questions.some((q) => q.id === input.questionId)) {
    throw new AppError(
      "VALIDATION",
      emsg("noQuestionInVersion", { id: input.questionId, version: catalogVersion }),
    );
  }
  if (input.value === null || input.value === undefined) return null;
  const parsed = parseAnswers(catalog, { [input.questionId]: input.value });
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "invalid value";
    throw new AppError("VALIDATION", emsg("answerInvalid", { detail: message }), {
      fieldErrors: { [input.questionId]: [message] },
    });
  }
  return (parsed.data[input.questionId] ?? null) as Prisma.InputJsonValue | null;
}

/**
 * Autosave of one answer: validated against the assessment's catalog, then written with its audit event in one
 * statement (lib/db/answer-save.ts), refused with a clear message if the assessment is not
 * the caller's, no longer editable, or changed since the caller's version.
 */
export async function saveAnswer(db: PrismaClient, actor: SessionUser, input: TSaveAnswer) {
  for (let attempt = 0; ; attempt++) {
    const catalogVersion = await catalogVersionOf(db, actor, input.assessmentId);
    const value = validatedValue(catalogVersion, input);
    const r = await writeAnswer(db, actor, {
      assessmentId: input.assessmentId,
      questionId: input.questionId,
      value,
      expectedVersion: input.expectedVersion,
      catalogVersion,
    });
    if (!r.catalogMismatch) return { version: r.version };
    catalogOf.set(input.assessmentId, r.catalogVersion);
    if (attempt > 0) throw new AppError("STALE", emsg("movedCatalog"));
  }
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
      throw new AppError("INVALID_STATE", emsg("alreadySubmitted"));
    }
    const plan = planQuestionnaire(
      getCatalog(view.catalogVersion),
      view.answers,
      view.targetSchemes,
      evidenceCountByQuestion(view.evidence),
    );
    if (plan.missing.length > 0) return { submitted: false, missing: plan.missing };
    // A re-assessment's carried answers describe the earlier version until the manufacturer confirms or changes
    // each one (lib/db/reassess.ts): the lab must not receive them unconfirmed.
    const carried = await tx.answer.count({ where: { assessmentId: view.id, carriedAt: { not: null } } });
    if (carried > 0) throw new AppError("INVALID_STATE", emsg("carriedUnconfirmed", { n: carried }));
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
        throw new AppError("INVALID_STATE", emsg("alreadySubmitted"));
      throw new AppError("STALE", emsg("changedBeforeSubmit"));
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
