// The assessment workflow in one table: which role may move an assessment from which state to which.
// Data functions apply a transition with a conditional update (`where status in from`), so two concurrent
// attempts produce exactly one state change.
import type { AssessmentStatus, Role } from "@/lib/generated/prisma/enums";

export type TTransition = { from: readonly AssessmentStatus[]; to: AssessmentStatus; roles: readonly Role[] };

export const TRANSITIONS = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", roles: ["MANUFACTURER_MEMBER"] },
  claim: { from: ["SUBMITTED"], to: "IN_REVIEW", roles: ["LAB_REVIEWER"] },
  requestChanges: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", roles: ["LAB_REVIEWER"] },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", roles: ["LAB_REVIEWER"] },
  reject: { from: ["IN_REVIEW"], to: "REJECTED", roles: ["LAB_REVIEWER"] },
} as const satisfies Record<string, TTransition>;

export type TTransitionName = keyof typeof TRANSITIONS;

/** States in which the manufacturer may change answers and evidence. */
export const EDITABLE: readonly AssessmentStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

export function canTransition(name: TTransitionName, from: AssessmentStatus, role: Role): boolean {
  const t: TTransition = TRANSITIONS[name];
  return t.from.includes(from) && t.roles.includes(role);
}

export const STATUS_LABEL: Record<AssessmentStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  IN_REVIEW: "In review",
  CHANGES_REQUESTED: "Changes requested",
  APPROVED: "Approved",
  REJECTED: "Rejected",
};

export const STATUS_TONE: Record<AssessmentStatus, "info" | "warn" | "ok" | "bad" | ""> = {
  DRAFT: "",
  SUBMITTED: "info",
  IN_REVIEW: "info",
  CHANGES_REQUESTED: "warn",
  APPROVED: "ok",
  REJECTED: "bad",
};
