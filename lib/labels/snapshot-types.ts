// What an issued label freezes at approval. The PDF report, the label artwork and the public page are drawn from
// this object only, so a later catalog update or an edited draft never changes an issued label.
//
// Three formats exist. Format 1 (cyberlabel.snapshot/1) carried the internal record ids of the product, the
// manufacturer, the lab, the reviewer and the assessment; labels issued with it keep it for ever (the snapshot is
// signed). Format 2 (cyberlabel.snapshot/2) publishes only what a consumer or a registry needs: the public code,
// names, versions and the lab's accreditation; each evidence file is listed once with the questions it supports.
// Format 3 (cyberlabel.snapshot/3), used for every label issued now, holds exactly format 2's data; it exists because
// the report is verified by re-rendering it, so a report layout is tied to a format for good: format 3's report
// (lib/report/v3) lays out a cover for up to six schemes, which format 2's cannot (its bytes stay as issued).
// Renderers switch on `format`: a snapshot always renders exactly as it did when it was issued
// (lib/report/golden.test.ts).
import type { TAnswerValue, TSchemeId } from "@/lib/schemes";
import type { TAssessment } from "@/lib/scoring/types";

export const SNAPSHOT_FORMAT_V1 = "cyberlabel.snapshot/1" as const;
export const SNAPSHOT_FORMAT_V2 = "cyberlabel.snapshot/2" as const;
export const SNAPSHOT_FORMAT_V3 = "cyberlabel.snapshot/3" as const;
/** The format new labels are issued with. */
export const SNAPSHOT_FORMAT = SNAPSHOT_FORMAT_V3;
export const SNAPSHOT_FORMATS = [SNAPSHOT_FORMAT_V1, SNAPSHOT_FORMAT_V2, SNAPSHOT_FORMAT_V3] as const;
export type TSnapshotFormat = (typeof SNAPSHOT_FORMATS)[number];

export function isSnapshotFormat(v: unknown): v is TSnapshotFormat {
  return (SNAPSHOT_FORMATS as readonly unknown[]).includes(v);
}

export type TSnapshotReviewDecision = {
  criterionKey: string;
  decision: "ACCEPT" | "REJECT";
  /** Set when the reviewer replaced the engine's verdict; `comment` then holds the written reason. */
  overrideVerdict: "PASS" | "FAIL" | null;
  comment: string | null;
};

/** Format 1: one entry per (question, file) pair, so a file supporting 94 questions is listed 94 times. */
export type TSnapshotEvidenceV1 = {
  questionId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
};
/** @deprecated the format-1 name; use TSnapshotEvidenceV1. */
export type TSnapshotEvidence = TSnapshotEvidenceV1;

/** Format 2: each file once, with the questions it supports (sorted), files sorted by SHA-256 then name. */
export type TSnapshotEvidenceFile = {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  questionIds: string[];
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

type TSnapshotLabel = {
  publicCode: string;
  /** `<PUBLIC_BASE_URL>/r/<publicCode>`: what the QR code encodes. */
  publicUrl: string;
  issuedAt: string; // ISO 8601, UTC
  validUntil: string; // ISO 8601, UTC
};

type TSnapshotProductFacts = {
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
  /** An https:// URL or a mailto: address (stored normalised). */
  vulnDisclosureUrl: string | null;
  privacyPolicyUrl: string | null;
};

type TSnapshotCommon = {
  label: TSnapshotLabel;
  catalog: { id: string; version: string; title: string; publishedOn: string };
  catalogText?: TSnapshotCatalogText;
  answers: Record<string, TAnswerValue>;
  decisions: TSnapshotReviewDecision[];
  /** assess(catalog, answers, overrides from the reviewer decisions), frozen. */
  result: TAssessment;
};

export type TLabelSnapshotV1 = TSnapshotCommon & {
  format: typeof SNAPSHOT_FORMAT_V1;
  product: TSnapshotProductFacts & { id: string };
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
  evidence: TSnapshotEvidenceV1[];
};

/** A model name (and SKU / model number) of the product family a label covers. */
export type TSnapshotModel = { modelName: string; sku: string | null };

/** The label a re-assessment replaces (docs/versions.md): its code and the version it covered. */
export type TSnapshotSupersedes = { publicCode: string; firmwareVersion: string; hardwareVersion: string };

/**
 * The machine-readable SBOM uploaded for the assessed version, as it stood at issue (lib/sbom): its format, spec
 * version and component count. The file itself stays with the lab; only the fact that it exists is published (the US
 * registry's field 10, "SBOM maintained").
 */
export type TSnapshotSbom = {
  format: "CycloneDX" | "SPDX";
  specVersion: string;
  componentCount: number;
  uploadedAt: string; // ISO 8601, UTC
};

export type TLabelSnapshotV2 = TSnapshotCommon & {
  format: typeof SNAPSHOT_FORMAT_V2;
  /**
   * `models` (optional, labels issued since product families exist): every model name / SKU of the family the
   * label covers, the product's own model first. Absent on earlier labels, which cover `modelName` alone.
   */
  product: TSnapshotProductFacts & { models?: TSnapshotModel[] };
  /** Optional: the earlier label of the product this one replaces (absent when it replaces none). */
  supersedes?: TSnapshotSupersedes;
  /** Optional: the version's SBOM at issue (absent when none was uploaded, and on labels issued before the field). */
  sbom?: TSnapshotSbom;
  manufacturer: { name: string; country: string | null };
  /** `accreditation`: the lab's accreditation as the administrator recorded it (body, number, scope), or null. */
  lab: { name: string; country: string | null; accreditation: string | null };
  reviewer: { name: string };
  assessment: {
    round: number;
    targetSchemes: TSchemeId[];
    submittedAt: string | null;
    approvedAt: string;
  };
  evidence: TSnapshotEvidenceFile[];
};

/** Format 3: format 2's data, field for field; only the report layout it is drawn with differs (lib/report/v3). */
export type TLabelSnapshotV3 = Omit<TLabelSnapshotV2, "format"> & { format: typeof SNAPSHOT_FORMAT_V3 };

/** A snapshot with format 2's data (formats 2 and 3): what everything but the report layout reads alike. */
export type TLabelSnapshotPublic = TLabelSnapshotV2 | TLabelSnapshotV3;

export type TLabelSnapshot = TLabelSnapshotV1 | TLabelSnapshotPublic;

/** The models a label covers: the snapshot's family list, or its one model for labels issued before families. */
export function coveredModels(s: TLabelSnapshot): TSnapshotModel[] {
  if (s.format !== SNAPSHOT_FORMAT_V1 && s.product.models?.length) return s.product.models;
  return [{ modelName: s.product.modelName, sku: s.product.modelNumber }];
}

/** The earlier label this one replaces, or null. */
export function supersedesOf(s: TLabelSnapshot): TSnapshotSupersedes | null {
  return s.format !== SNAPSHOT_FORMAT_V1 ? (s.supersedes ?? null) : null;
}

/** The lab's accreditation, or null (format-1 snapshots never recorded one). */
export function labAccreditation(s: TLabelSnapshot): string | null {
  return s.format !== SNAPSHOT_FORMAT_V1 ? s.lab.accreditation : null;
}

/** The SBOM on file for the covered version when the label was issued, or null (none, or issued before the field). */
export function sbomOf(s: TLabelSnapshot): TSnapshotSbom | null {
  return s.format !== SNAPSHOT_FORMAT_V1 ? (s.sbom ?? null) : null;
}
