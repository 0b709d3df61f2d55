// Which criteria a reviewer must decide, and how the result looks with their decisions applied (pure).
import { AppError } from "@/lib/errors";
import { overridesFromDecisions, type TDecisionRow } from "@/lib/labels/build-snapshot";
import type { TAnswers, TCatalog, TSchemeId } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import type { TAssessment, TCriterionResult } from "@/lib/scoring/types";
import type { TStaleness } from "./stale";

/** Applicable criteria of the target schemes, plus those the manufacturer claimed N/A (the lab checks the claim). */
export function criteriaToReview(
  engine: TAssessment,
  targetSchemes: readonly TSchemeId[],
): TCriterionResult[] {
  const targets = new Set(targetSchemes);
  return engine.criteria.filter(
    (r) => targets.has(r.scheme) && (r.verdict !== "NOT_APPLICABLE" || r.stage === "claimed_na"),
  );
}

/**
 * A stored decision; `stale` is set when an answer it was made on changed since (lib/review/stale.ts). A stale
 * decision is kept for the record but neither counts as decided nor applies its override.
 */
export type TReviewDecisionRow = TDecisionRow & { stale?: TStaleness | null };

export type TReviewState = {
  engine: TAssessment;
  reviewed: TAssessment;
  toReview: TCriterionResult[];
  /** Criteria to review without a current decision: never decided, or decided before their answers changed. */
  undecided: string[];
  /** The undecided criteria that have a stale decision. */
  stale: string[];
};

export function reviewState(
  catalog: TCatalog,
  answers: TAnswers,
  targetSchemes: readonly TSchemeId[],
  decisions: readonly TReviewDecisionRow[],
): TReviewState {
  const engine = assess(catalog, answers);
  const toReview = criteriaToReview(engine, targetSchemes);
  const current = decisions.filter((d) => !d.stale);
  const decided = new Set(current.map((d) => d.criterionKey));
  const staleKeys = new Set(decisions.filter((d) => d.stale).map((d) => d.criterionKey));
  const undecided = toReview.filter((r) => !decided.has(r.key)).map((r) => r.key);
  // Acceptances change no verdict: with no override or rejection the reviewed result is the engine's (assess() is
  // deterministic), so the review page scores once per render instead of twice.
  const overrides = overridesFromDecisions(current);
  return {
    engine,
    reviewed: Object.keys(overrides).length ? assess(catalog, answers, overrides) : engine,
    toReview,
    undecided,
    stale: undecided.filter((k) => staleKeys.has(k)),
  };
}

/** Engine verdicts "Accept all remaining" may accept without the reviewer opening the criterion. */
export const BULK_ACCEPTABLE_VERDICTS: ReadonlySet<string> = new Set(["PASS", "NOT_APPLICABLE"]);

/** The undecided criteria the engine passed or found not applicable, in review order: what one click accepts. */
export function bulkAcceptable(state: TReviewState): string[] {
  const open = new Set(state.undecided);
  return state.toReview
    .filter((r) => open.has(r.key) && BULK_ACCEPTABLE_VERDICTS.has(r.verdict))
    .map((r) => r.key);
}

/**
 * Refuses a bulk acceptance naming anything but open criteria the engine passed or found not applicable: an engine
 * FAIL (or an undecidable criterion) needs the reviewer's own decision, and a decided one is not "remaining".
 */
export function assertBulkAcceptable(state: TReviewState, keys: readonly string[]): void {
  if (keys.length === 0) throw new AppError("VALIDATION", "Choose at least one criterion to accept.");
  const byKey = new Map(state.toReview.map((r) => [r.key, r]));
  const open = new Set(state.undecided);
  for (const k of keys) {
    const r = byKey.get(k);
    if (!r) throw new AppError("VALIDATION", `"${k}" is not a criterion of this review.`);
    if (!open.has(k)) throw new AppError("VALIDATION", `"${k}" is already decided.`);
    if (!BULK_ACCEPTABLE_VERDICTS.has(r.verdict))
      throw new AppError(
        "VALIDATION",
        `"${k}" ${r.verdict === "FAIL" ? "fails the engine's check" : "is not decided by the engine"}: decide it on its own, it cannot be accepted in bulk.`,
      );
  }
}
