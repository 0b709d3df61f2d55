import type { TEuArticleResult, TEuStatus } from "@/lib/scoring/types";

export type TUiTone = "ok" | "bad" | "warn" | "info" | "";

/** The application's wording of an article status (questionnaire, dashboard, review). */
export const EU_STATUS_TEXT: Record<TEuStatus, { text: string; tone: TUiTone }> = {
  not_required: { text: "Not required for this product", tone: "" },
  incomplete: { text: "Incomplete: answers missing", tone: "info" },
  no_presumption: { text: "Not conformant: fix the failures or use a notified body", tone: "bad" },
  notified_body_required: { text: "Conformant, but a notified body is required", tone: "warn" },
  presumption: { text: "Conformant: self-assessment (Module A) allowed", tone: "ok" },
};

/** Compact wording on the product page and the dashboard cards. */
export const EU_STATUS_BADGE: Record<TEuStatus, { label: string; badge: string }> = {
  presumption: { label: "Presumed conformant", badge: "badge badge-ok" },
  notified_body_required: { label: "Notified body needed", badge: "badge badge-warn" },
  no_presumption: { label: "Not conformant", badge: "badge badge-bad" },
  incomplete: { label: "Incomplete", badge: "badge" },
  not_required: { label: "Not applicable", badge: "badge" },
};

/** Article names as the report and the artwork print them. */
export const EU_ARTICLE_NAME: Record<TEuArticleResult["article"], string> = {
  d: "(d) network protection",
  e: "(e) personal data",
  f: "(f) protection from fraud",
};
