// What a verification says, for the JSON answer of POST /r/<code>/verify and for the result page. A report can be
// genuine while its label is revoked or expired: both facts are said together, so a genuine report of a revoked
// label never reads as a plain green "Genuine".
import { dict, type TLang } from "@/lib/i18n/public-label";
import { toPublicRecord, type TPublicLabelRecord, type TPublicLabelRow } from "./public-record";
import type { TReportCheck } from "./verify-report";
import type { TVerifyError, TVerifyOutcome } from "./verify-form";

export type TVerifyStatus = TPublicLabelRecord["status"];

/** The label's status exactly as the registry record states it (one derivation: toPublicRecord → labelStatus). */
export function verifyStatus(label: TPublicLabelRow, now: Date = new Date()): TVerifyStatus {
  return toPublicRecord(label, { baseUrl: "", now }).status;
}

export type TVerifyJson =
  | (Extract<TReportCheck, { match: true }> & { status: TVerifyStatus })
  | (Extract<TReportCheck, { match: false }> & { status: TVerifyStatus })
  | { match: false; reason: TVerifyError };

/** The JSON answer and its HTTP status: a checked upload or digest carries the label's status too. */
export function verifyJson(
  outcome: TVerifyOutcome,
  status: TVerifyStatus,
): { http: number; body: TVerifyJson } {
  if (outcome.kind === "checked") return { http: 200, body: { ...outcome.result, status } };
  const http = outcome.error === "too_large" ? 413 : outcome.error === "not_pdf" ? 415 : 400;
  return { http, body: { match: false, reason: outcome.error } };
}

export type TVerdictView = {
  /** The colour of the result box: the label's state once the report is genuine. */
  tone: "valid" | "expired" | "revoked";
  icon: "✓" | "✕";
  message: string;
  /** The label's own state when it is no longer valid, with its date (and reason). */
  stateLine: { icon: "!" | "✕"; text: string } | null;
};

const day = (iso: string | null) => (iso ?? "").slice(0, 10);

/** The result page's words for a check (or an error) of a label in the given state. */
export function verdictView(
  check: TReportCheck | { error: TVerifyError },
  status: TVerifyStatus,
  lang: TLang,
): TVerdictView {
  const t = dict(lang).verify;
  if ("error" in check) return { tone: "revoked", icon: "✕", message: t.error[check.error], stateLine: null };
  const stateLine =
    status.state === "revoked"
      ? { icon: "✕" as const, text: t.labelState.revoked(day(status.revokedAt), status.revocationReason) }
      : status.state === "expired"
        ? { icon: "!" as const, text: t.labelState.expired(day(status.validUntil)) }
        : null;
  if (!check.match) return { tone: "revoked", icon: "✕", message: t.noMatch, stateLine };
  return { tone: status.state, icon: "✓", message: t.match[check.matched], stateLine };
}
