import type { TEuArticleResult, TEuStatus } from "@/lib/scoring/types";
import en from "@/messages/en/schemeResults.json" with { type: "json" };

export type TUiTone = "ok" | "bad" | "warn" | "info" | "";

const TONE: Record<TEuStatus, TUiTone> = {
  not_required: "",
  incomplete: "info",
  no_presumption: "bad",
  notified_body_required: "warn",
  presumption: "ok",
};

/**
 * The application's wording of an article status (questionnaire, dashboard, review), in English: the words are
 * messages (schemeResults.eu.status); the components say them in the reader's language.
 */
export const EU_STATUS_TEXT: Record<TEuStatus, { text: string; tone: TUiTone }> = Object.fromEntries(
  (Object.keys(TONE) as TEuStatus[]).map((s) => [s, { text: en.eu.status[s], tone: TONE[s] }]),
) as Record<TEuStatus, { text: string; tone: TUiTone }>;

/** The badge class of each status on the product page and the dashboard cards (words: schemeResults.eu.badge). */
export const EU_STATUS_BADGE: Record<TEuStatus, string> = {
  presumption: "badge badge-ok",
  notified_body_required: "badge badge-warn",
  no_presumption: "badge badge-bad",
  incomplete: "badge",
  not_required: "badge",
};

/** Article names as the report and the artwork print them. */
export const EU_ARTICLE_NAME: Record<TEuArticleResult["article"], string> = {
  d: "(d) network protection",
  e: "(e) personal data",
  f: "(f) protection from fraud",
};
