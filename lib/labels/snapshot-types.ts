// What an issued label freezes at approval. The PDF report, the label artwork and the public page are drawn from
// this object only, so a later catalog update or an edited draft never changes an issued label.
import type { TAnswerValue, TSchemeId } from "@/lib/schemes";
import type { TAssessment } from "@/lib/scoring/types";

export const SNAPSHOT_FORMAT = "cyberlabel.snapshot/1" as const;

export type TSnapshotReviewDecision = {
  criterionKey: string;
  decision: "ACCEPT" | "REJECT";
  /** Set when the reviewer replaced the engine's verdict; `comment` then holds the written reason. */
  overrideVerdict: "PASS" | "FAIL" | null;
  comment: string | null;
};

export type TSnapshotEvidence = {
  questionId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
};

/**
 * The catalog texts the report and public page print (scheme names and sources, criterion ids and titles, question
 * labels), frozen with the label so that an in-place correction of a catalog version can never change an issued
 * report's bytes. Optional: snapshots without it fall back to the versioned catalog (see lib/labels/catalog-text.ts).
 */
export type TSnapshotCatalogText = {
  schemes: {
    id: TSchemeId;
    name: string;
    shortName: string;
    provisional: boolean;
    legalBasis: string[];
    sources: { label: string; url?: string }[];
  }[];
  criteria: { key: string; id: string; title: string }[];
  questions: { id: string; label: string; unit?: string }[];
};

export type TLabelSnapshot = {
  format: typeof SNAPSHOT_FORMAT;
  label: {
    publicCode: string;
    /** `<PUBLIC_BASE_URL>/r/<publicCode>`: what the QR code encodes. */
    publicUrl: string;
    issuedAt: string; // ISO 8601, UTC
    validUntil: string; // ISO 8601, UTC
  };
  product: {
    id: string;
    modelName: string;
    modelNumber: string | null;
    hardwareVersion: string;
    firmwareVersion: string;
    category: string;
    categoryLabel: string;
    description: string | null;
    supportPeriodEnd: string; // YYYY-MM-DD
    updatesAutomatic: boolean;
    defaultCredentials: string | null;
    vulnDisclosureUrl: string | null;
    privacyPolicyUrl: string | null;
  };
  manufacturer: { id: string; name: string; country: string | null };
  lab: { id: string; name: string; country: string | null };
  reviewer: { id: string; name: string };
  assessment: {
    id: string;
    round: number;
    targetSchemes: TSchemeId[];
    submittedAt: string | null;
    approvedAt: string;
  };
  catalog: { id: string; version: string; title: string; publishedOn: string };
  catalogText?: TSnapshotCatalogText;
  answers: Record<string, TAnswerValue>;
  evidence: TSnapshotEvidence[];
  decisions: TSnapshotReviewDecision[];
  /** assess(catalog, answers, overrides from the reviewer decisions), frozen. */
  result: TAssessment;
};
