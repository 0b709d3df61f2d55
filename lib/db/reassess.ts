// "Assess a new version" (and renewal, the same flow with the same version): a new assessment pre-filled from the
// product's last approved one, in ONE transaction (docs/versions.md):
//   - answers carried over, each marked (Answer.carriedAt) until the manufacturer confirms or changes it;
//   - evidence carried by content hash: a new EvidenceFile row per file that shares the original upload's bytes
//     (sharedFromId, same sha256), linked to the same questions; nothing is copied;
//   - the lab's decisions carried as round-0 decisions: they stand for every criterion whose answers and evidence
//     do not change, and go stale the moment one does (lib/review/stale.ts), so the lab reviews only what changed.
// Approving it supersedes the earlier label (lib/db/labels.ts).
import { emsg } from "@/lib/i18n/errors";
import { AppError, notFound } from "@/lib/errors";
import { CURRENT_CATALOG_VERSION, getCatalog, type TSchemeId } from "@/lib/schemes";
import { overridesFromDecisions } from "@/lib/labels/build-snapshot";
import { SNAPSHOT_FORMAT_V1, type TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { assess } from "@/lib/scoring";
import { versionDiff } from "@/lib/versions/diff";
import { answersFromRows } from "@/lib/db/assessments";
import { staleDecisionMap } from "@/lib/db/review-stale";
import { recordAudit } from "@/lib/db/audit";
import { LAB_WITH_ACTIVE_REVIEWER } from "@/lib/db/labs";
import { activeModels, ensureModel, ensureVersion } from "@/lib/db/versions";
import { EDITABLE } from "@/lib/workflow/transitions";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { TReassess, TConfirmCarried } from "@/lib/versions/schema";

/** Round number of a decision carried over from the previous version's assessment. */
export const CARRIED_ROUND = 0;

/** The product's latest approved assessment that issued a label: what a re-assessment starts from. */
export async function lastApprovedAssessment(db: DbClient, organizationId: string, productId: string) {
  return db.assessment.findFirst({
    where: { productId, organizationId, status: "APPROVED", label: { isNot: null } },
    orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      labId: true,
      catalogVersion: true,
      targetSchemes: true,
      productVersion: { select: { id: true, firmwareVersion: true, hardwareVersion: true } },
      label: { select: { id: true, publicCode: true, validUntil: true } },
    },
  });
}

export async function startReassessment(db: PrismaClient, actor: SessionUser, input: TReassess) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, organizationId: actor.organizationId, archivedAt: null },
      select: { id: true, modelName: true, modelNumber: true },
    });
    if (!product) throw notFound("productNotFound");
    const prev = await lastApprovedAssessment(tx, actor.organizationId, product.id);
    if (!prev) throw new AppError("INVALID_STATE", emsg("noLabelYet"));
    const open = await tx.assessment.findFirst({
      where: { basedOnAssessmentId: prev.id, status: { notIn: ["APPROVED", "REJECTED"] } },
      select: { id: true },
    });
    if (open) throw new AppError("INVALID_STATE", emsg("reassessOpen"));
    const lab = await tx.organization.findFirst({
      where: { id: prev.labId, ...LAB_WITH_ACTIVE_REVIEWER },
      select: { id: true },
    });
    if (!lab) throw new AppError("INVALID_STATE", emsg("earlierLabUnavailable"));

    const version = await ensureVersion(tx, {
      productId: product.id,
      hardwareVersion: input.hardwareVersion,
      firmwareVersion: input.firmwareVersion,
      actorId: actor.id,
      notes: input.releaseNotes ?? null,
    });
    if (input.releaseNotes && !version.created)
      await tx.productVersion.update({ where: { id: version.id }, data: { notes: input.releaseNotes } });
    // The product describes this version from now on; the earlier label keeps naming its own (its snapshot).
    await tx.product.update({
      where: { id: product.id },
      data: { hardwareVersion: input.hardwareVersion, firmwareVersion: input.firmwareVersion },
    });
    await ensureModel(tx, { productId: product.id, modelName: product.modelName, sku: product.modelNumber });
    const family = await activeModels(tx, product.id);
    const models = input.modelIds?.length ? family.filter((m) => input.modelIds!.includes(m.id)) : family;
    if (input.modelIds?.length && models.length !== new Set(input.modelIds).size)
      throw new AppError("VALIDATION", emsg("chooseFamilyModels"), {
        fieldErrors: { modelIds: [emsg("chooseFamilyModels")] },
      });

    const catalog = getCatalog(CURRENT_CATALOG_VERSION);
    const known = new Set(catalog.questions.map((q) => q.id));
    const sameCatalog = prev.catalogVersion === CURRENT_CATALOG_VERSION;
    const now = new Date();
    const assessment = await tx.assessment.create({
      data: {
        productId: product.id,
        organizationId: actor.organizationId,
        labId: lab.id,
        catalogVersion: CURRENT_CATALOG_VERSION,
        targetSchemes: prev.targetSchemes,
        createdById: actor.id,
        productVersionId: version.id,
        basedOnAssessmentId: prev.id,
        models: { create: models.map((m) => ({ modelId: m.id })) },
      },
      select: { id: true },
    });

    const answers = await tx.answer.findMany({
      where: { assessmentId: prev.id },
      select: { questionId: true, value: true },
    });
    const carriedAnswers = answers.filter((a) => known.has(a.questionId));
    if (carriedAnswers.length)
      await tx.answer.createMany({
        data: carriedAnswers.map((a) => ({
          assessmentId: assessment.id,
          questionId: a.questionId,
          value: a.value as Prisma.InputJsonValue,
          carriedAt: now,
          updatedById: actor.id,
        })),
      });

    const files = await tx.evidenceFile.findMany({
      where: { assessmentId: prev.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        fileName: true,
        contentType: true,
        size: true,
        sha256: true,
        sharedFromId: true,
        links: { select: { questionId: true } },
      },
    });
    let carriedFiles = 0;
    for (const f of files) {
      const links = f.links.filter((l) => known.has(l.questionId));
      if (links.length === 0) continue;
      await tx.evidenceFile.create({
        data: {
          assessmentId: assessment.id,
          fileName: f.fileName,
          contentType: f.contentType,
          size: f.size,
          sha256: f.sha256,
          // Always the row that holds the bytes, so sharing never chains.
          sharedFromId: f.sharedFromId ?? f.id,
          uploadedById: actor.id,
          links: { create: links.map((l) => ({ questionId: l.questionId })) },
        },
      });
      carriedFiles += 1;
    }

    let carriedDecisions = 0;
    if (sameCatalog) {
      const decisions = await tx.reviewDecision.findMany({
        where: { assessmentId: prev.id },
        select: {
          criterionKey: true,
          decision: true,
          overrideVerdict: true,
          comment: true,
          reviewerId: true,
        },
      });
      if (decisions.length)
        await tx.reviewDecision.createMany({
          data: decisions.map((d) => ({ ...d, assessmentId: assessment.id, round: CARRIED_ROUND })),
        });
      carriedDecisions = decisions.length;
    }

    await recordAudit(tx, {
      actorId: actor.id,
      action: "assessment.reassessment_started",
      subjectType: "assessment",
      subjectId: assessment.id,
      organizationId: actor.organizationId,
      details: {
        productId: product.id,
        labId: lab.id,
        basedOnAssessmentId: prev.id,
        previousLabel: prev.label?.publicCode ?? null,
        productVersionId: version.id,
        firmwareVersion: input.firmwareVersion,
        hardwareVersion: input.hardwareVersion,
        models: models.map((m) => m.modelName),
        catalogVersion: CURRENT_CATALOG_VERSION,
        carried: { answers: carriedAnswers.length, evidence: carriedFiles, decisions: carriedDecisions },
      },
    });
    return {
      id: assessment.id,
      carried: { answers: carriedAnswers.length, evidence: carriedFiles, decisions: carriedDecisions },
    };
  });
}

/**
 * The manufacturer confirms carried answers as they stand (all of them, or the listed questions): the mark goes,
 * the value does not change, so no decision goes stale.
 */
export async function confirmCarriedAnswers(db: PrismaClient, actor: SessionUser, input: TConfirmCarried) {
  return db.$transaction(async (tx) => {
    // No value changes, so no optimistic lock on the answers (the questionnaire's autosave keeps its version);
    // only the owner, and only while the assessment can be edited.
    const a = await tx.assessment.findFirst({
      where: { id: input.assessmentId, organizationId: actor.organizationId },
      select: { status: true },
    });
    if (!a) throw notFound("assessmentNotFound");
    if (!EDITABLE.includes(a.status)) throw new AppError("INVALID_STATE", emsg("submittedNoEdit"));
    const { count } = await tx.answer.updateMany({
      where: {
        assessmentId: input.assessmentId,
        carriedAt: { not: null },
        ...(input.questionIds?.length ? { questionId: { in: input.questionIds } } : {}),
      },
      data: { carriedAt: null, updatedById: actor.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "answer.carried_confirmed",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      organizationId: actor.organizationId,
      details: { count, questionIds: input.questionIds ?? null },
    });
    return { confirmed: count };
  });
}

/**
 * What changed since the label a re-assessment started from (lib/versions/diff.ts), or null for an assessment that
 * is not a re-assessment. Callers check access first (the lab's or the owner's page load).
 */
export async function changesSincePreviousLabel(db: DbClient, assessmentId: string) {
  const a = await db.assessment.findUnique({
    where: { id: assessmentId },
    select: {
      catalogVersion: true,
      targetSchemes: true,
      answers: { select: { questionId: true, value: true } },
      evidence: { select: { fileName: true, sha256: true, links: { select: { questionId: true } } } },
      decisions: {
        select: { criterionKey: true, decision: true, overrideVerdict: true, comment: true, round: true },
      },
      basedOn: {
        select: {
          productVersion: { select: { firmwareVersion: true, hardwareVersion: true } },
          label: { select: { publicCode: true, snapshot: true } },
        },
      },
    },
  });
  const label = a?.basedOn?.label;
  if (!a || !label) return null;
  const snap = label.snapshot as unknown as TLabelSnapshot;
  const catalog = getCatalog(a.catalogVersion);
  const answers = answersFromRows(a.catalogVersion, a.answers);
  const stale = await staleDecisionMap(db, assessmentId, a.decisions);
  const current = a.decisions.filter((d) => !stale.has(d.criterionKey));
  const beforeEvidence =
    snap.format === SNAPSHOT_FORMAT_V1
      ? snap.evidence.map((e) => ({ fileName: e.fileName, sha256: e.sha256, questionIds: [e.questionId] }))
      : snap.evidence;
  const diff = versionDiff({
    catalog,
    schemes: a.targetSchemes as TSchemeId[],
    before: { answers: snap.answers, evidence: beforeEvidence, result: snap.result },
    after: {
      answers,
      evidence: a.evidence.map((e) => ({ ...e, questionIds: e.links.map((l) => l.questionId) })),
      result: assess(catalog, answers, overridesFromDecisions(current)),
    },
  });
  return {
    publicCode: label.publicCode,
    firmwareVersion: a.basedOn?.productVersion?.firmwareVersion ?? snap.product.firmwareVersion,
    catalogChanged: snap.catalog.version !== a.catalogVersion,
    carriedDecisions: a.decisions.filter((d) => d.round === CARRIED_ROUND).length,
    standing: current.filter((d) => d.round === CARRIED_ROUND).length,
    ...diff,
  };
}
