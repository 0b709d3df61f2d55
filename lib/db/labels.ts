// Approval issues the label: in ONE transaction the assessment becomes APPROVED, the snapshot is frozen, digested
// and signed, the label row is written (unique per assessment) with its ISSUED event and transparency log leaf,
// and the audit trail records it. Revocation appends a REVOKED event (and its leaf): database triggers refuse any
// change to an issued label and any event the state machine does not allow, and derive nothing from mutable columns.
import { emsg } from "@/lib/i18n/errors";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { buildSnapshot } from "@/lib/labels/build-snapshot";
import { coveredProductOf } from "@/lib/products/label-coverage";
import { ensureVersion } from "@/lib/db/versions";
import { generatePublicCode } from "@/lib/labels/public-code";
import { signSnapshot } from "@/lib/labels/signing";
import { computeValidity, type TValidityConfig } from "@/lib/labels/validity";
import { reviewState } from "@/lib/review/criteria";
import { getCatalog } from "@/lib/schemes";
import { labelSummaryColumns, schemeIds } from "@/lib/schemes/registry";
import { TRANSITIONS } from "@/lib/workflow/transitions";
import { recordAudit } from "@/lib/db/audit";
import { appendLabelEvent, insertIssuedLabel, labelEventSelect } from "@/lib/db/label-events";
import { notify } from "@/lib/notify/notify";
import { answersFromRows } from "@/lib/db/assessments";
import { lockForReview } from "@/lib/db/review";
import { assertNoStaleDecision } from "@/lib/db/review-stale";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type TIssueConfig = {
  signingKeyPem: string;
  publicBaseUrl: string;
  /** Defaults to the deployment's LABEL_VALIDITY_MONTHS (lib/env.ts). */
  validity?: TValidityConfig;
  now?: Date;
};

/** The stored SBOM row as the snapshot records it (format as lib/sbom names it; anything else is not recorded). */
function snapshotSbom(
  row: { format: string; specVersion: string; componentCount: number; createdAt: Date } | undefined,
) {
  if (!row || (row.format !== "CycloneDX" && row.format !== "SPDX")) return null;
  return {
    format: row.format,
    specVersion: row.specVersion,
    componentCount: row.componentCount,
    uploadedAt: row.createdAt,
  } as const;
}

export async function approveAssessment(
  db: PrismaClient,
  actor: SessionUser,
  input: { assessmentId: string; expectedVersion: number },
  config: TIssueConfig,
) {
  return db.$transaction(async (tx) => {
    const a = await lockForReview(
      tx,
      actor,
      input.assessmentId,
      input.expectedVersion,
      TRANSITIONS.approve.to,
    );
    const issuedAt = config.now ?? new Date();
    const full = await tx.assessment.findUniqueOrThrow({
      where: { id: input.assessmentId },
      select: {
        id: true,
        round: true,
        targetSchemes: true,
        submittedAt: true,
        productVersion: {
          select: {
            firmwareVersion: true,
            hardwareVersion: true,
            // The version's SBOM as it stands at issue: the label freezes that one exists (US registry field 10).
            sboms: {
              orderBy: [{ createdAt: "desc" }, { id: "desc" }],
              take: 1,
              select: { format: true, specVersion: true, componentCount: true, createdAt: true },
            },
          },
        },
        models: { select: { model: { select: { modelName: true, sku: true, createdAt: true } } } },
        basedOn: {
          select: {
            label: {
              select: {
                id: true,
                publicCode: true,
                snapshot: true,
                events: { select: { kind: true } },
              },
            },
          },
        },
        product: {
          select: {
            id: true,
            modelName: true,
            modelNumber: true,
            hardwareVersion: true,
            firmwareVersion: true,
            category: true,
            description: true,
            supportPeriodEnd: true,
            updatesAutomatic: true,
            defaultCredentials: true,
            vulnDisclosureUrl: true,
            privacyPolicyUrl: true,
          },
        },
        owner: { select: { id: true, name: true, country: true } },
        lab: { select: { id: true, name: true, country: true, accreditation: true } },
        answers: { select: { questionId: true, value: true } },
        evidence: {
          select: {
            fileName: true,
            contentType: true,
            size: true,
            sha256: true,
            links: { select: { questionId: true } },
          },
        },
        decisions: {
          select: { criterionKey: true, decision: true, overrideVerdict: true, comment: true, round: true },
        },
      },
    });
    const catalog = getCatalog(a.catalogVersion);
    const answers = answersFromRows(a.catalogVersion, full.answers);
    const targetSchemes = schemeIds(full.targetSchemes);
    await assertNoStaleDecision(tx, full.id, full.decisions);
    const state = reviewState(catalog, answers, targetSchemes, full.decisions);
    if (state.undecided.length > 0) {
      throw new AppError("INVALID_STATE", emsg("decideAll", { n: state.undecided.length }));
    }
    const validity = computeValidity(
      { issuedAt, supportPeriodEnd: full.product.supportPeriodEnd.toISOString().slice(0, 10), targetSchemes },
      config.validity ?? env().LABEL_VALIDITY_MONTHS,
    );
    if (validity.expiredAtIssue) {
      throw new AppError("INVALID_STATE", emsg("supportEnded"));
    }
    const publicCode = generatePublicCode();
    if (!full.productVersion) {
      // An assessment from before versions (or written without one): it covers the product's facts now; record
      // that version so the product's version list shows the label.
      const v = await ensureVersion(tx, {
        productId: full.product.id,
        hardwareVersion: full.product.hardwareVersion,
        firmwareVersion: full.product.firmwareVersion,
        actorId: null,
      });
      await tx.assessment.update({ where: { id: full.id }, data: { productVersionId: v.id } });
    }
    // What the label covers: the assessed version and family models (lib/db/versions.ts), never the product's
    // facts as edited since; the earlier label it replaces, if that one is still in force or expired.
    const product = {
      ...full.product,
      ...(full.productVersion
        ? {
            firmwareVersion: full.productVersion.firmwareVersion,
            hardwareVersion: full.productVersion.hardwareVersion,
          }
        : {}),
    };
    const models = full.models
      .map((m) => m.model)
      .sort(
        (x, y) =>
          Number(y.modelName === product.modelName) - Number(x.modelName === product.modelName) ||
          x.createdAt.getTime() - y.createdAt.getTime() ||
          (x.modelName < y.modelName ? -1 : 1),
      )
      .map((m) => ({ modelName: m.modelName, sku: m.sku }));
    const earlier = full.basedOn?.label ?? null;
    const supersede =
      earlier && !earlier.events.some((e) => e.kind === "REVOKED" || e.kind === "SUPERSEDED")
        ? earlier
        : null;
    const earlierFacts = supersede
      ? coveredProductOf((supersede.snapshot as { product?: unknown }).product)
      : null;
    const snapshot = buildSnapshot({
      models,
      supersedes:
        supersede && earlierFacts
          ? {
              publicCode: supersede.publicCode,
              firmwareVersion: earlierFacts.firmwareVersion,
              hardwareVersion: earlierFacts.hardwareVersion,
            }
          : null,
      sbom: snapshotSbom(full.productVersion?.sboms[0]),
      catalog,
      answers,
      decisions: full.decisions,
      evidence: full.evidence.map((e) => ({ ...e, questionIds: e.links.map((l) => l.questionId) })),
      product,
      manufacturer: full.owner,
      lab: full.lab,
      reviewer: { name: actor.name },
      assessment: { round: full.round, targetSchemes, submittedAt: full.submittedAt },
      publicCode,
      publicBaseUrl: config.publicBaseUrl,
      issuedAt,
      validUntil: new Date(validity.validUntil),
    });
    const signed = signSnapshot(config.signingKeyPem, snapshot);
    await tx.assessment.update({ where: { id: full.id }, data: { decidedAt: issuedAt } });
    // assessmentId is unique on Label: even a racing second approval could not create a second label.
    const label = await insertIssuedLabel(tx, {
      assessmentId: full.id,
      publicCode,
      labId: full.lab.id,
      approvedById: actor.id,
      snapshot: JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue,
      digest: signed.digest,
      signature: signed.signature.value,
      keyId: signed.signature.keyId,
      issuedAt,
      validUntil: new Date(validity.validUntil),
      schemes: targetSchemes,
      ...labelSummaryColumns(targetSchemes, snapshot.result),
    });
    if (supersede) {
      // The earlier label's history says what replaced it: an event with its log leaf, in this transaction.
      const ev = await appendLabelEvent(tx, {
        labelId: supersede.id,
        kind: "SUPERSEDED",
        at: issuedAt,
        reason: `Superseded by ${publicCode} for firmware ${product.firmwareVersion} (hardware ${product.hardwareVersion}).`,
        actorId: actor.id,
        supersededById: label.id,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "label.superseded",
        subjectType: "label",
        subjectId: supersede.id,
        organizationId: full.lab.id,
        details: {
          publicCode: supersede.publicCode,
          supersededBy: publicCode,
          supersededById: label.id,
          firmwareVersion: product.firmwareVersion,
          hardwareVersion: product.hardwareVersion,
          logIndex: ev.leafIndex,
        },
      });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assessment.approved",
      subjectType: "assessment",
      subjectId: full.id,
      organizationId: full.owner.id,
      details: { from: "IN_REVIEW", to: "APPROVED", labelId: label.id },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "label.issued",
      subjectType: "label",
      subjectId: label.id,
      organizationId: full.lab.id,
      details: {
        assessmentId: full.id,
        publicCode,
        digest: signed.digest,
        keyId: signed.signature.keyId,
        validUntil: validity.validUntil,
        logIndex: label.logIndex,
      },
    });
    // Same transaction: the manufacturer is told exactly when the label exists (lib/notify).
    await notify(tx, {
      event: "LABEL_ISSUED",
      assessmentId: full.id,
      labelId: label.id,
      publicCode,
      validUntil: new Date(validity.validUntil),
    });
    return {
      id: label.id,
      publicCode: label.publicCode,
      digest: label.digest,
      version: a.version,
      /** The earlier label this one superseded: its public pages change state now. */
      superseded: supersede?.publicCode ?? null,
    };
  });
}

/**
 * Revokes a label issued by the reviewer's lab: a REVOKED event and its log leaf, final. The snapshot stays as it
 * was. A second revocation (or one racing this one) is refused by the state machine under the label's lock.
 */
export async function revokeLabel(
  db: PrismaClient,
  actor: SessionUser,
  input: { labelId: string; reason: string },
) {
  return db.$transaction(async (tx) => {
    const label = await tx.label.findFirst({
      where: { id: input.labelId, labId: actor.organizationId },
      select: { id: true, publicCode: true, assessmentId: true },
    });
    if (!label) throw notFound("labelNotFound");
    const revokedAt = new Date();
    const revoked = await appendLabelEvent(tx, {
      labelId: label.id,
      kind: "REVOKED",
      at: revokedAt,
      reason: input.reason,
      actorId: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "label.revoked",
      subjectType: "label",
      subjectId: label.id,
      organizationId: actor.organizationId,
      details: {
        reason: input.reason,
        publicCode: label.publicCode,
        assessmentId: label.assessmentId,
        logIndex: revoked.leafIndex,
      },
    });
    // Same transaction as the REVOKED event; the date told is the event's own (Label.revokedAt is only the
    // trigger's copy of it, never read for display).
    await notify(tx, {
      event: "LABEL_REVOKED",
      assessmentId: label.assessmentId,
      labelId: label.id,
      publicCode: label.publicCode,
      on: revokedAt,
      reason: input.reason,
    });
    return { ...label, revokedAt };
  });
}

export function getLabelOfAssessment(db: DbClient, assessmentId: string) {
  return db.label.findUnique({
    where: { assessmentId },
    select: {
      id: true,
      publicCode: true,
      digest: true,
      keyId: true,
      issuedAt: true,
      validUntil: true,
      // The label's state, and a revocation's date and reason, are derived from these (labelState() in
      // lib/workflow/display-status.ts); Label.revokedAt is only the database's copy of the REVOKED event.
      events: { orderBy: { seq: "asc" }, select: labelEventSelect },
    },
  });
}
