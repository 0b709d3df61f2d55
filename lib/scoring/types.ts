import { z } from "zod";
import type { TAnswerValue, TEuArticle, TEuPart, TObligation, TSchemeId } from "@/lib/schemes/types";

export const VERDICTS = ["PASS", "FAIL", "NOT_APPLICABLE", "UNANSWERED"] as const;
export type TVerdict = (typeof VERDICTS)[number];

/** Why a criterion got its verdict: which step of the evaluation decided it. */
export type TStage =
  | "scope" // the scheme part does not apply to this product (NOT_APPLICABLE) or scope is unanswered
  | "applicability" // the criterion's applicability condition decided
  | "claimed_na" // every control it reads was answered "not applicable" with a justification
  | "na_not_allowed" // N/A claimed where the criterion (or, from 1.1.0, the question) does not accept it → FAIL
  | "justification_missing" // an N/A answer lacks its justification → UNANSWERED until added
  | "satisfaction" // the satisfaction condition decided
  | "override"; // a reviewer decision replaced the engine verdict

/** A deciding question with its answer (null = unanswered); see decidingAnswers() in assess.ts. */
export type TDecidingAnswer = { questionId: string; value: TAnswerValue | null };

export type TCriterionResult = {
  key: string;
  scheme: TSchemeId;
  verdict: TVerdict;
  stage: TStage;
  /**
   * Ids of the questions whose answers decided the verdict, in condition order (for a failed "all of", only the
   * failing parts). Ids rather than values keep assess() allocation-light; decidingAnswers() pairs them with values.
   * Treat as read-only: lists may be shared between calls.
   */
  deciding: readonly string[];
  /** Questions to answer (or justify) before the criterion can be decided; empty unless UNANSWERED. */
  missing: readonly string[];
  /** Present when a reviewer override replaced the engine's verdict. */
  override?: { engineVerdict: TVerdict; reason: string };
};

export const ZOverride = z
  .object({ verdict: z.enum(["PASS", "FAIL"]), reason: z.string().trim().min(1, "a reason is required") })
  .strict();
export const ZOverrides = z.record(z.string().min(1), ZOverride);
export type TOverride = z.infer<typeof ZOverride>;
export type TOverrides = Readonly<Record<string, TOverride>>;

export type TTally = {
  total: number;
  applicable: number;
  passing: number;
  failing: number;
  unanswered: number;
  notApplicable: number;
};
export type TReadiness = { applicable: number; passing: number; percent: number | null };

export type TEuStatus =
  "not_required" | "incomplete" | "no_presumption" | "notified_body_required" | "presumption";
export type TEuRoute = "none" | "undetermined" | "notified_body" | "module_a";

export type TRestrictionResult = {
  id: "R1" | "R2" | "R3";
  triggered: boolean | null;
  summary: string;
  deciding: readonly string[];
};

export type TEuArticleResult = {
  article: TEuArticle;
  part: TEuPart;
  label: string;
  /** null = the profile answers needed to decide scope are missing. */
  inScope: boolean | null;
  status: TEuStatus;
  conformant: boolean | null;
  route: TEuRoute;
  /** Plain-language route explanation for the UI and the report. */
  routeReason: string;
  failing: string[];
  unanswered: string[];
  restrictions: TRestrictionResult[];
  tally: TTally;
  /** Catalog 1.1.0+, when out of scope: why (each reason names the fact). Absent on 1.0.0 results. */
  outOfScopeReasons?: string[];
};

export type TEuResult = { articles: TEuArticleResult[]; regimeNote: string | null };

export type TUsStatus = "out_of_scope" | "incomplete" | "not_eligible" | "eligible";
export type TUsResult = {
  inScope: boolean | null;
  eligible: boolean;
  status: TUsStatus;
  failing: string[];
  unanswered: string[];
  /** Registry fields (47 CFR 8.222(b)) whose questions are not answered yet. */
  missingRegistry: { field: number; label: string; questionIds: string[] }[];
  tally: TTally;
  /** Catalog 1.1.0+, when out of scope: why (each reason names the fact). Absent on 1.0.0 results. */
  outOfScopeReasons?: string[];
};

export type TCnLevel = { level: 1 | 2 | 3; required: number; passing: number; met: boolean };
export type TCnResult = {
  inScope: boolean | null;
  stars: 0 | 1 | 2 | 3;
  provisional: boolean;
  /** null when the product category is unanswered. */
  catalogueListed: boolean | null;
  levels: TCnLevel[];
  /** What blocks the next star (levels 1..next), or null at 3 stars / out of scope. */
  missingForNext: { level: 1 | 2 | 3; criteria: { key: string; verdict: TVerdict }[] } | null;
  tally: TTally;
  /** Catalog 1.1.0+, when out of scope: why. Absent on 1.0.0 results. */
  outOfScopeReasons?: string[];
};

export type TGap = {
  /** Answer (or fix) these questions to resolve the gap; empty only for reviewer-overridden failures. */
  questionIds: string[];
  criteria: string[];
  restrictions: string[];
  /** Scheme results this fix contributes to: "EU:d", "US", "CN:2"… */
  targets: string[];
  kind: "fail" | "unanswered";
};

/** Verdict counts of a group of criteria, with the keys that fail or are unanswered (catalog order). */
export type TGroupTally = { tally: TTally; failing: string[]; unanswered: string[] };

/**
 * Catalog 1.2.0+: the engine's aggregation of a scheme that has no dedicated code (every scheme after EU RED, the
 * US mark and the China label). Its module's result rule (lib/schemes/<scheme>/index.ts) turns it into the
 * scheme's outcome; the engine itself knows nothing of the scheme.
 */
export type TSchemeTally = TGroupTally & {
  /** true when any of its scopes applies, false when none does, null while a deciding profile answer is missing. */
  inScope: boolean | null;
  /** Each scope of the scheme, in catalog order. */
  scopes: { id: string; inScope: boolean | null }[];
  /** When out of scope: why (each reason whose fact holds). */
  outOfScopeReasons: string[];
  /** The criteria of each obligation (mandatory, recommended) present in the scheme. */
  byObligation: Partial<Record<TObligation, TGroupTally>>;
  /** The criteria of each mechanism (the scheme's own grouping: ETSI sections, CRA annex parts…). */
  byMechanism: Record<string, TGroupTally>;
  /** The scheme's named profile facts (catalog `facts`): true, false, or null while unanswered. */
  facts: Record<string, boolean | null>;
};

export type TAssessment = {
  catalogVersion: string;
  /** Every criterion in catalog order; use resultFor(assessment, key) for keyed access. */
  criteria: TCriterionResult[];
  eu: TEuResult;
  us: TUsResult;
  cn: TCnResult;
  /** Per scheme of the catalog (a scheme the catalog does not assess has none). */
  readiness: Partial<Record<TSchemeId, TReadiness>>;
  /** Catalog 1.2.0+: the generic tally of every scheme without dedicated engine code; absent when there is none. */
  schemes?: Partial<Record<TSchemeId, TSchemeTally>>;
  gaps: TGap[];
};

const NO_READINESS: TReadiness = Object.freeze({ applicable: 0, passing: 0, percent: null });

/** A scheme's readiness, or none applicable when the assessment's catalog does not assess the scheme. */
export function readinessOf(a: Pick<TAssessment, "readiness">, id: TSchemeId): TReadiness {
  return a.readiness[id] ?? NO_READINESS;
}
