// Builds the snapshot an approval freezes, from plain data (no I/O): the catalog, the answers, the reviewer's
// decisions and the facts as they stand at approval. The result is computed here, once, and never again.
import { freezeCatalogText } from "@/lib/labels/catalog-text";
import {
  SNAPSHOT_FORMAT,
  type TLabelSnapshot,
  type TSnapshotEvidence,
  type TSnapshotReviewDecision,
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

export type TSnapshotInput = {
  catalog: TCatalog;
  answers: TAnswers;
  decisions: TDecisionRow[];
  evidence: { fileName: string; contentType: string; size: number; sha256: string; questionIds: string[] }[];
  product: Omit<TLabelSnapshot["product"], "categoryLabel" | "supportPeriodEnd"> & { supportPeriodEnd: Date };
  manufacturer: TLabelSnapshot["manufacturer"];
  lab: TLabelSnapshot["lab"];
  reviewer: TLabelSnapshot["reviewer"];
  assessment: { id: string; round: number; targetSchemes: TSchemeId[]; submittedAt: Date | null };
  publicCode: string;
  publicBaseUrl: string;
  issuedAt: Date;
  validUntil: Date;
};

export function buildSnapshot(input: TSnapshotInput): TLabelSnapshot {
  const { catalog } = input;
  const known = new Set(catalog.criteria.map((c) => c.key));
  const decisions = input.decisions.filter((d) => known.has(d.criterionKey));
  const evidence: TSnapshotEvidence[] = input.evidence
    .flatMap((e) =>
      e.questionIds.map((questionId) => ({
        questionId,
        fileName: e.fileName,
        contentType: e.contentType,
        size: e.size,
        sha256: e.sha256,
      })),
    )
    .sort((a, b) => a.questionId.localeCompare(b.questionId) || a.sha256.localeCompare(b.sha256));
  const snapshotDecisions: TSnapshotReviewDecision[] = decisions
    .map((d) => ({
      criterionKey: d.criterionKey,
      decision: d.decision,
      overrideVerdict: d.overrideVerdict,
      comment: d.comment,
    }))
    .sort((a, b) => a.criterionKey.localeCompare(b.criterionKey));
  const base = input.publicBaseUrl.replace(/\/+$/, "");
  return {
    format: SNAPSHOT_FORMAT,
    label: {
      publicCode: input.publicCode,
      publicUrl: `${base}/r/${input.publicCode}`,
      issuedAt: input.issuedAt.toISOString(),
      validUntil: input.validUntil.toISOString(),
    },
    product: {
      ...input.product,
      categoryLabel: categoryLabel(input.product.category),
      supportPeriodEnd: input.product.supportPeriodEnd.toISOString().slice(0, 10),
    },
    manufacturer: input.manufacturer,
    lab: input.lab,
    reviewer: input.reviewer,
    assessment: {
      id: input.assessment.id,
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
    evidence,
    decisions: snapshotDecisions,
    result: assess(catalog, input.answers, overridesFromDecisions(decisions)),
  };
}
