// Builds the snapshot an approval freezes, from plain data (no I/O): the catalog, the answers, the reviewer's
// decisions and the facts as they stand at approval. The result is computed here, once, and never again.
import { freezeCatalogText } from "@/lib/labels/catalog-text";
import {
  SNAPSHOT_FORMAT,
  type TLabelSnapshotV2,
  type TLabelSnapshotV3,
  type TSnapshotEvidenceFile,
  type TSnapshotModel,
  type TSnapshotReviewDecision,
  type TSnapshotSbom,
  type TSnapshotSupersedes,
} from "@/lib/labels/snapshot-types";
import { categoryLabel } from "@/lib/products/schema";
import type { TAnswers, TCatalog, TSchemeId } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import type { TOverrides } from "@/lib/scoring/types";

export type TDecisionRow = {
  criterionKey: string;
  decision: "ACCEPT" | "REJECT";
  overrideVerdict: "PASS" | "FAIL" | null;
  comment: string | null;
};

/**
 * Reviewer decisions as engine overrides: an explicit override wins; a rejection without one fails the criterion
 * (a rejected answer, piece of evidence or N/A justification cannot support a pass). Acceptance keeps the verdict.
 */
export function overridesFromDecisions(decisions: readonly TDecisionRow[]): TOverrides {
  const out: Record<string, { verdict: "PASS" | "FAIL"; reason: string }> = {};
  for (const d of decisions) {
    const reason = d.comment?.trim() || "Rejected by the lab reviewer.";
    if (d.overrideVerdict) out[d.criterionKey] = { verdict: d.overrideVerdict, reason };
    else if (d.decision === "REJECT") out[d.criterionKey] = { verdict: "FAIL", reason };
  }
  return out;
}

/**
 * Inputs of a snapshot. Record ids may be passed along with the rows they come from (callers select whole rows),
 * but they are never copied into the snapshot: it is published with the label (format 2, see snapshot-types.ts).
 */
export type TSnapshotInput = {
  catalog: TCatalog;
  answers: TAnswers;
  decisions: TDecisionRow[];
  evidence: { fileName: string; contentType: string; size: number; sha256: string; questionIds: string[] }[];
  product: Omit<TLabelSnapshotV2["product"], "categoryLabel" | "supportPeriodEnd" | "models"> & {
    supportPeriodEnd: Date;
  };
  /** The family models covered (optional: without it the snapshot names the product's model alone). */
  models?: TSnapshotModel[];
  supersedes?: TSnapshotSupersedes | null;
  /** The latest SBOM uploaded for the assessed version (lib/db/labels.ts reads it in the approval's transaction). */
  sbom?: {
    format: TSnapshotSbom["format"];
    specVersion: string;
    componentCount: number;
    uploadedAt: Date;
  } | null;
  manufacturer: TLabelSnapshotV2["manufacturer"];
  lab: TLabelSnapshotV2["lab"];
  reviewer: TLabelSnapshotV2["reviewer"];
  assessment: { round: number; targetSchemes: TSchemeId[]; submittedAt: Date | null };
  publicCode: string;
  publicBaseUrl: string;
  issuedAt: Date;
  validUntil: Date;
};

/**
 * Each evidence file once, with the questions it supports. Two uploads of the same bytes under the same name are
 * one file; a file linked to no question supports nothing and is left out. Sorted, so the order of the rows the
 * database returned never changes the digest.
 */
export function evidenceFiles(evidence: TSnapshotInput["evidence"]): TSnapshotEvidenceFile[] {
  const byFile = new Map<string, TSnapshotEvidenceFile>();
  for (const e of evidence) {
    if (e.questionIds.length === 0) continue;
    const key = `${e.sha256}\u0000${e.fileName}`;
    const file = byFile.get(key) ?? {
      fileName: e.fileName,
      contentType: e.contentType,
      size: e.size,
      sha256: e.sha256,
      questionIds: [],
    };
    file.questionIds = [...new Set([...file.questionIds, ...e.questionIds])];
    byFile.set(key, file);
  }
  return [...byFile.values()]
    .map((f) => ({ ...f, questionIds: [...f.questionIds].sort(byCodeUnits) }))
    .sort((a, b) => byCodeUnits(a.sha256, b.sha256) || byCodeUnits(a.fileName, b.fileName));
}

/** Locale-independent order (localeCompare depends on the server's ICU data). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The snapshot of a label issued now, in the current format (SNAPSHOT_FORMAT). */
export function buildSnapshot(input: TSnapshotInput): TLabelSnapshotV3 {
  const { catalog } = input;
  const known = new Set(catalog.criteria.map((c) => c.key));
  const decisions = input.decisions.filter((d) => known.has(d.criterionKey));
  const snapshotDecisions: TSnapshotReviewDecision[] = decisions
    .map((d) => ({
      criterionKey: d.criterionKey,
      decision: d.decision,
      overrideVerdict: d.overrideVerdict,
      comment: d.comment,
    }))
    .sort((a, b) => byCodeUnits(a.criterionKey, b.criterionKey));
  const p = input.product;
  const base = input.publicBaseUrl.replace(/\/+$/, "");
  return {
    format: SNAPSHOT_FORMAT,
    label: {
      publicCode: input.publicCode,
      publicUrl: `${base}/r/${input.publicCode}`,
      issuedAt: input.issuedAt.toISOString(),
      validUntil: input.validUntil.toISOString(),
    },
    // Field by field: an id on an input row must never reach the published snapshot.
    product: {
      modelName: p.modelName,
      modelNumber: p.modelNumber,
      hardwareVersion: p.hardwareVersion,
      firmwareVersion: p.firmwareVersion,
      category: p.category,
      categoryLabel: categoryLabel(p.category),
      description: p.description,
      supportPeriodEnd: p.supportPeriodEnd.toISOString().slice(0, 10),
      updatesAutomatic: p.updatesAutomatic,
      defaultCredentials: p.defaultCredentials,
      vulnDisclosureUrl: p.vulnDisclosureUrl,
      privacyPolicyUrl: p.privacyPolicyUrl,
      ...(input.models?.length
        ? { models: input.models.map((m) => ({ modelName: m.modelName, sku: m.sku })) }
        : {}),
    },
    ...(input.supersedes
      ? {
          supersedes: {
            publicCode: input.supersedes.publicCode,
            firmwareVersion: input.supersedes.firmwareVersion,
            hardwareVersion: input.supersedes.hardwareVersion,
          },
        }
      : {}),
    ...(input.sbom
      ? {
          sbom: {
            format: input.sbom.format,
            specVersion: input.sbom.specVersion,
            componentCount: input.sbom.componentCount,
            uploadedAt: input.sbom.uploadedAt.toISOString(),
          },
        }
      : {}),
    manufacturer: { name: input.manufacturer.name, country: input.manufacturer.country },
    lab: {
      name: input.lab.name,
      country: input.lab.country,
      accreditation: input.lab.accreditation,
    },
    reviewer: { name: input.reviewer.name },
    assessment: {
      round: input.assessment.round,
      targetSchemes: [...input.assessment.targetSchemes].sort(),
      submittedAt: input.assessment.submittedAt?.toISOString() ?? null,
      approvedAt: input.issuedAt.toISOString(),
    },
    catalog: {
      id: catalog.id,
      version: catalog.version,
      title: catalog.title,
      publishedOn: catalog.publishedOn,
    },
    catalogText: freezeCatalogText(catalog),
    answers: { ...input.answers },
    evidence: evidenceFiles(input.evidence),
    decisions: snapshotDecisions,
    result: assess(catalog, input.answers, overridesFromDecisions(decisions)),
  };
}
