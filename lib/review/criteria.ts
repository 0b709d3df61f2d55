// Which criteria a reviewer must decide, and how the result looks with their decisions applied (pure).
import { overridesFromDecisions, type TDecisionRow } from "@/lib/labels/build-snapshot";
import type { TAnswers, TCatalog, TSchemeId } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import type { TAssessment, TCriterionResult } from "@/lib/scoring/types";

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

export type TReviewState = {
  engine: TAssessment;
  reviewed: TAssessment;
  toReview: TCriterionResult[];
  undecided: string[];
};

export function reviewState(
  catalog: TCatalog,
  answers: TAnswers,
  targetSchemes: readonly TSchemeId[],
  decisions: readonly TDecisionRow[],
): TReviewState {
  const engine = assess(catalog, answers);
  const toReview = criteriaToReview(engine, targetSchemes);
  const decided = new Set(decisions.map((d) => d.criterionKey));
  return {
    engine,
    reviewed: assess(catalog, answers, overridesFromDecisions(decisions)),
    toReview,
    undecided: toReview.filter((r) => !decided.has(r.key)).map((r) => r.key),
  };
}
