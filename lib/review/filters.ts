// Which criteria the review page shows (pure): the reviewer narrows 133 criteria to the ones that need them.
import type { TCriterion, TSchemeId } from "@/lib/schemes";
import { schemeModule } from "@/lib/schemes/registry";
import type { TCriterionResult } from "@/lib/scoring/types";
import type { TReviewDecisionRow, TReviewState } from "./criteria";
import { questionsRead } from "./stale";

export const REVIEW_SHOWS = ["all", "undecided", "failing", "changed", "overridden"] as const;
export type TReviewShow = (typeof REVIEW_SHOWS)[number];

export const SHOW_TEXT: Record<TReviewShow, string> = {
  all: "All criteria",
  undecided: "Undecided",
  failing: "Failing (engine or reviewed)",
  changed: "Changed since the last round",
  overridden: "Overridden or rejected",
};

export type TReviewFilter = {
  show: TReviewShow;
  /** "all" or a scheme id. */
  scheme: TSchemeId | "all";
  /** "all" or "<scheme>:<mechanism>" (mechanism names repeat across schemes). */
  mechanism: string;
};

export const DEFAULT_FILTER: TReviewFilter = { show: "all", scheme: "all", mechanism: "all" };

export const mechanismKey = (c: Pick<TCriterion, "scheme" | "mechanism">) => `${c.scheme}:${c.mechanism}`;

export function mechanismText(c: Pick<TCriterion, "scheme" | "mechanism">): string {
  const words = schemeModule(c.scheme).mechanismText?.[c.mechanism];
  return words ? `${c.mechanism} (${words})` : c.mechanism;
}

export type TCriterionFacts = {
  key: string;
  scheme: TSchemeId;
  mechanism: string;
  undecided: boolean;
  failing: boolean;
  changed: boolean;
  overridden: boolean;
};

/**
 * The facts each filter reads, per criterion to review. `changed` = a question it reads changed since the last
 * request for changes, or its decision went stale; `failing` = the engine or the reviewed result fails it;
 * `overridden` = a current decision that replaced the engine's verdict (an override or a rejection).
 */
export function criterionFacts(
  state: TReviewState,
  criteria: ReadonlyMap<string, TCriterion>,
  decisions: readonly TReviewDecisionRow[],
  changedQuestions: ReadonlySet<string>,
): TCriterionFacts[] {
  const undecided = new Set(state.undecided);
  const stale = new Set(state.stale);
  const reviewed = new Map(state.reviewed.criteria.map((r) => [r.key, r]));
  const decisionOf = new Map(decisions.map((d) => [d.criterionKey, d]));
  return state.toReview.flatMap((r: TCriterionResult) => {
    const c = criteria.get(r.key);
    if (!c) return [];
    const d = decisionOf.get(r.key);
    const current = d && !d.stale ? d : undefined;
    return [
      {
        key: r.key,
        scheme: r.scheme,
        mechanism: mechanismKey(c),
        undecided: undecided.has(r.key),
        failing: r.verdict === "FAIL" || reviewed.get(r.key)?.verdict === "FAIL",
        changed: stale.has(r.key) || questionsRead(c).some((q) => changedQuestions.has(q)),
        overridden:
          current !== undefined && (current.overrideVerdict !== null || current.decision === "REJECT"),
      },
    ];
  });
}

export function matchesShow(f: TCriterionFacts, show: TReviewShow): boolean {
  return show === "all" ? true : f[show];
}

export function matches(f: TCriterionFacts, filter: TReviewFilter): boolean {
  return (
    matchesShow(f, filter.show) &&
    (filter.scheme === "all" || f.scheme === filter.scheme) &&
    (filter.mechanism === "all" || f.mechanism === filter.mechanism)
  );
}

/** How many criteria each "show" choice would list, within the chosen scheme and mechanism. */
export function showCounts(
  facts: readonly TCriterionFacts[],
  filter: TReviewFilter,
): Record<TReviewShow, number> {
  const inScope = facts.filter(
    (f) =>
      (filter.scheme === "all" || f.scheme === filter.scheme) &&
      (filter.mechanism === "all" || f.mechanism === filter.mechanism),
  );
  return Object.fromEntries(
    REVIEW_SHOWS.map((s) => [s, inScope.filter((f) => matchesShow(f, s)).length]),
  ) as Record<TReviewShow, number>;
}
