// Which criteria a reviewer must decide, and how the result looks with their decisions applied (pure).
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
  return {
    engine,
    reviewed: assess(catalog, answers, overridesFromDecisions(current)),
    toReview,
    undecided,
    stale: undecided.filter((k) => staleKeys.has(k)),
  };
}
