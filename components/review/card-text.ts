import { VERDICT_TEXT } from "@/lib/questionnaire/result-text";
import type { TReviewDecision } from "./types";

/** A decision in words: "Accepted", "Rejected", "Overridden to Pass". */
export function decisionText(d: TReviewDecision): string {
  if (d.overrideVerdict) return `Overridden to ${VERDICT_TEXT[d.overrideVerdict].text}`;
  return d.decision === "ACCEPT" ? "Accepted" : "Rejected";
}

/** The id of a criterion card's heading (a criterion key may hold characters an id should not). */
export function criterionHeadingId(key: string) {
  return `crit-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

/** "round 2", or, for a decision carried over from the previous version's label (round 0), where it comes from. */
export function roundNote(round: number | undefined): string {
  if (round === 0) return "carried from the previous label";
  return round ? `round ${round}` : "";
}
