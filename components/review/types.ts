import type { TDecisionRow } from "@/lib/labels/build-snapshot";

export type TReviewEvidence = { id: string; fileName: string; size: number; questionIds: string[] };
export type TReviewDecision = TDecisionRow & { reviewer?: string };
export type TReviewComment = { id: string; questionId: string; body: string; round: number; author: string };

/** An action's failure as the forms show it: the code decides whether a reload is offered. */
export type TActionFailure = { code: string; message: string };

export const RELOADABLE = new Set(["STALE", "INVALID_STATE", "CONFLICT", "NOT_FOUND", "FORBIDDEN"]);

export const NETWORK_FAILURE: TActionFailure = {
  code: "NETWORK",
  message:
    "The request did not reach the server. Check the connection and try again; nothing you typed is lost.",
};
