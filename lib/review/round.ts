// The review round as people read it. The stored round is bumped when the lab asks for changes (decisions and
// comments made after the resubmission belong to it), so while the assessment waits for the manufacturer the
// stored number is already that of a round that has not started: show the round that asked for the changes.
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

export function displayedRound(status: AssessmentStatus, round: number): number {
  return status === "CHANGES_REQUESTED" ? Math.max(1, round - 1) : round;
}

/** "Round 2", or "Round 1 · changes requested" while the manufacturer has not resubmitted yet. */
export function roundText(status: AssessmentStatus, round: number): string {
  const r = displayedRound(status, round);
  return status === "CHANGES_REQUESTED" ? `Round ${r} · waiting for the resubmission` : `Round ${r}`;
}
