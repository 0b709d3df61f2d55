// What a verification says, for the JSON answer of POST /r/<code>/verify and for the result page. A report can be
// genuine while its label is revoked or expired: both facts are said together, so a genuine report of a revoked
// label never reads as a plain green "Genuine".
import { publicT, sentence, type TLang } from "@/lib/i18n/public-label";
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

/** The colour of a result box: the three tones the stylesheet has. */
export type TVerdictTone = "valid" | "expired" | "revoked";

const STATE_TONE: Record<TVerifyStatus["state"], TVerdictTone> = {
  valid: "valid",
  expired: "expired",
  suspended: "expired",
  superseded: "expired",
  revoked: "revoked",
  integrity_failed: "revoked",
};

export type TVerdictView = {
  /** The colour of the result box: the label's state once the report is genuine. */
  tone: TVerdictTone;
  icon: "✓" | "✕";
  message: string;
  /** The label's own state when it is no longer valid, with its date (and reason). */
  stateLine: { icon: "!" | "✕"; text: string } | null;
};

const day = (iso: string | null) => (iso ?? "").slice(0, 10);

function stateLineOf(status: TVerifyStatus, lang: TLang): TVerdictView["stateLine"] {
  const t = publicT(lang);
  switch (status.state) {
    case "revoked": {
      const on = day(status.revokedAt);
      const reason = status.revocationReason;
      return {
        icon: "✕",
        text: reason
          ? t("verify.labelState.revokedBecause", { on, reason: sentence(reason, t("sentenceStop")) })
          : t("verify.labelState.revoked", { on }),
      };
    }
    case "expired":
      return { icon: "!", text: t("verify.labelState.expired", { on: day(status.validUntil) }) };
    case "suspended":
      return { icon: "!", text: t("verify.labelState.suspended", { on: day(status.since) }) };
    case "superseded":
      return { icon: "!", text: t("verify.labelState.superseded", { on: day(status.since) }) };
    // A label whose integrity check fails confirms nothing (verify-report.ts answers "integrity_failed"), so its
    // message already says why; there is no trustworthy state of its own to add.
    case "integrity_failed":
    case "valid":
      return null;
  }
}

/** The result page's words for a check (or an error) of a label in the given state. */
export function verdictView(
  check: TReportCheck | { error: TVerifyError },
  status: TVerifyStatus,
  lang: TLang,
): TVerdictView {
  const t = publicT(lang);
  if ("error" in check)
    return { tone: "revoked", icon: "✕", message: t(`verify.error.${check.error}`), stateLine: null };
  if (!check.match && (check.reason === "integrity_failed" || status.state === "integrity_failed"))
    return { tone: "revoked", icon: "✕", message: t("verify.integrityFailed"), stateLine: null };
  const stateLine = stateLineOf(status, lang);
  if (!check.match) return { tone: "revoked", icon: "✕", message: t("verify.noMatch"), stateLine };
  return {
    tone: STATE_TONE[status.state],
    icon: "✓",
    message: t(`verify.match.${check.matched}`),
    stateLine,
  };
}
