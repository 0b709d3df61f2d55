// Evidence files: private to the manufacturer's organisation and the lab the assessment was submitted to.
import { emsg } from "@/lib/i18n/errors";
import { createHash } from "node:crypto";
import { AppError, notFound } from "@/lib/errors";
import { EVIDENCE_LIMITS } from "@/lib/evidence/limits";
import { cleanFileName, extensionMismatch, sniffEvidence } from "@/lib/evidence/sniff";
import type { TEvidenceLink } from "@/lib/assessments/schema";
import { getCatalog } from "@/lib/schemes";
import { EDITABLE } from "@/lib/workflow/transitions";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";

async function editableAssessment(tx: DbClient, actor: SessionUser, assessmentId: string) {
  const a = await tx.assessment.findFirst({
    where: { id: assessmentId, organizationId: actor.organizationId },
    select: { id: true, status: true, catalogVersion: true },
  });
  if (!a) throw notFound("assessmentNotFound");
  if (!EDITABLE.includes(a.status)) throw new AppError("INVALID_STATE", emsg("evidenceLocked"));
  return a;
}

function assertQuestion(catalogVersion: string, questionId: string) {
  if (!getCatalog(catalogVersion).questions.some((q) => q.id === questionId)) {
    throw new AppError("VALIDATION", emsg("noQuestionInCatalog", { id: questionId }));
  }
}

export type TUpload = { assessmentId: string; questionId: string; fileName: string; bytes: Uint8Array };

export async function addEvidence(db: PrismaClient, actor: SessionUser, input: TUpload) {
  if (input.bytes.byteLength > EVIDENCE_LIMITS.maxFileBytes) {
    throw new AppError("TOO_LARGE", emsg("fileTooLarge", { mb: EVIDENCE_LIMITS.maxFileBytes / 1048576 }));
  }
  const sniffed = sniffEvidence(input.bytes);
  if (!sniffed.ok) throw new AppError("UNSUPPORTED_MEDIA", sniffed.reason);
  const fileName = cleanFileName(input.fileName);
  const mismatch = extensionMismatch(fileName, sniffed.contentType);
  if (mismatch) throw new AppError("UNSUPPORTED_MEDIA", mismatch);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");

  return db.$transaction(async (tx) => {
    const a = await editableAssessment(tx, actor, input.assessmentId);
    assertQuestion(a.catalogVersion, input.questionId);
    const totals = await tx.evidenceFile.aggregate({
      where: { assessmentId: a.id },
      _sum: { size: true },
      _count: true,
    });
    if (totals._count >= EVIDENCE_LIMITS.maxFiles)
      throw new AppError("TOO_LARGE", emsg("tooManyFiles", { max: EVIDENCE_LIMITS.maxFiles }));
    if ((totals._sum.size ?? 0) + input.bytes.byteLength > EVIDENCE_LIMITS.maxAssessmentBytes) {
      throw new AppError(
        "TOO_LARGE",
        emsg("evidenceTotal", { mb: EVIDENCE_LIMITS.maxAssessmentBytes / 1048576 }),
      );
    }
    const file = await tx.evidenceFile.create({
      data: {
        assessmentId: a.id,
        fileName,
        contentType: sniffed.contentType,
        size: input.bytes.byteLength,
        sha256,
        bytes: Buffer.from(input.bytes),
        uploadedById: actor.id,
        links: { create: { questionId: input.questionId } },
      },
      select: { id: true, fileName: true, contentType: true, size: true, sha256: true, createdAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.uploaded",
      subjectType: "assessment",
      subjectId: a.id,
      organizationId: actor.organizationId,
      details: {
        evidenceId: file.id,
        questionId: input.questionId,
        fileName,
        sha256,
        size: file.size,
        contentType: file.contentType,
      },
    });
    return { ...file, questionIds: [input.questionId] };
  });
}

export async function linkEvidence(db: PrismaClient, actor: SessionUser, input: TEvidenceLink) {
  return db.$transaction(async (tx) => {
    const a = await editableAssessment(tx, actor, input.assessmentId);
    assertQuestion(a.catalogVersion, input.questionId);
    const file = await tx.evidenceFile.findFirst({
      where: { id: input.evidenceId, assessmentId: a.id },
      select: { id: true },
    });
    if (!file) throw notFound("evidenceNotFound");
    await tx.evidenceLink.upsert({
      where: { evidenceId_questionId: { evidenceId: file.id, questionId: input.questionId } },
      create: { evidenceId: file.id, questionId: input.questionId },
      update: {},
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "evidence.linked",
      subjectType: "assessment",
      subjectId: a.id,
      organizationId: actor.organizationId,
      details: { evidenceId: file.id, questionId: input.questionId },
    });
  });
}

/** Detaches a file from a question; a file no question uses any more is deleted. */
export async function unlinkEvidence(db: PrismaClient, actor: SessionUser, input: TEvidenceLink) {
  return db.$transaction(async (tx) => {
    const a = await editableAssessment(tx, actor, input.assessmentId);
    const file = await tx.evidenceFile.findFirst({
      where: { id: input.evidenceId, assessmentId: a.id },
      select: { id: true, fileName: true, links: { select: { questionId: true } } },
    });
    if (!file) throw notFound("evidenceNotFound");
    await tx.evidenceLink.deleteMany({ where: { evidenceId: file.id, questionId: input.questionId } });
    const remaining = file.links.filter((l) => l.questionId !== input.questionId).length;
    if (remaining === 0) await tx.evidenceFile.delete({ where: { id: file.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: remaining === 0 ? "evidence.removed" : "evidence.unlinked",
      subjectType: "assessment",
      subjectId: a.id,
      organizationId: actor.organizationId,
      details: { evidenceId: file.id, questionId: input.questionId, fileName: file.fileName },
    });
    return { deleted: remaining === 0 };
  });
}

/**
 * The bytes of one file, for its owner organisation or for a reviewer of the lab it was submitted to.
 * Anyone else gets "not found", so the existence of a file id is not revealed.
 */
export async function getEvidenceForDownload(db: DbClient, actor: SessionUser, evidenceId: string) {
  const scope =
    actor.role === "MANUFACTURER_MEMBER"
      ? { organizationId: actor.organizationId }
      : actor.role === "LAB_REVIEWER"
        ? { labId: actor.organizationId, status: { not: "DRAFT" as const } }
        : null;
  if (!scope) throw notFound("evidenceNotFound");
  const file = await db.evidenceFile.findFirst({
    where: { id: evidenceId, assessment: scope },
    select: {
      id: true,
      fileName: true,
      contentType: true,
      size: true,
      sha256: true,
      bytes: true,
      // Carried over from an earlier assessment: the bytes are the original upload's (same content hash).
      sharedFrom: { select: { bytes: true, sha256: true } },
    },
  });
  if (!file) throw notFound("evidenceNotFound");
  const { sharedFrom, ...own } = file;
  const bytes = own.bytes ?? (sharedFrom?.sha256 === own.sha256 ? sharedFrom.bytes : null);
  if (!bytes) throw notFound("evidenceNotFound");
  return { ...own, bytes: bytes as Uint8Array };
}
