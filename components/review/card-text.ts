import type { TReviewDecision, TReviewText } from "./types";

/** A decision in words: "Accepted", "Rejected", "Overridden to Pass" (review.decision, review.verdict). */
export function decisionText(d: TReviewDecision, t: TReviewText): string {
  if (d.overrideVerdict) return t("decision.overridden", { verdict: t(`verdict.${d.overrideVerdict}`) });
  return d.decision === "ACCEPT" ? t("decision.accepted") : t("decision.rejected");
}

/** The id of a criterion card's heading (a criterion key may hold characters an id should not). */
export function criterionHeadingId(key: string) {
  return `crit-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/** "round 2", or, for a decision carried over from the previous version's label (round 0), where it comes from. */
export function roundNote(round: number | undefined, t: TReviewText): string {
  if (round === 0) return t("decision.carried");
  return round ? t("decision.round", { n: round }) : "";
}
