import type { TReviewDecisionRow } from "@/lib/review/criteria";

export type TReviewEvidence = { id: string; fileName: string; size: number; questionIds: string[] };
/** A decision as the page shows it: the round it was made in, and `stale` when its answers changed since. */
export type TReviewDecision = TReviewDecisionRow & { reviewer?: string; round?: number };
export type TReviewComment = { id: string; questionId: string; body: string; round: number; author: string };

/** An action's failure as the forms show it: the code decides whether a reload is offered. */
export type TActionFailure = { code: string; message: string };

export const RELOADABLE = new Set(["STALE", "INVALID_STATE", "CONFLICT", "NOT_FOUND", "FORBIDDEN"]);

export const NETWORK_FAILURE: TActionFailure = {
  code: "NETWORK",
  message:
    "The request did not reach the server. Check the connection and try again; nothing you typed is lost.",
};

/**
 * A next-intl translator of the `review` namespace as the pure text helpers use it (answer-text, audit-event-text,
 * card-text): they build keys from data (an action name, a field), so they take the translator untyped; every key
 * they build is in messages/en/review.json (their tests render each one).
 */
export type TReviewText = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};
