import type { TUsStatus } from "@/lib/scoring/types";
import en from "@/messages/en/schemeResults.json" with { type: "json" };
import type { TUiTone } from "../eu-red/ui-text";

const TONE: Record<TUsStatus, TUiTone> = {
  out_of_scope: "",
  incomplete: "info",
  not_eligible: "bad",
  eligible: "ok",
};

/** The application's wording of the US result, in English (messages schemeResults.us.status; shown translated). */
export const US_STATUS_TEXT: Record<TUsStatus, { text: string; tone: TUiTone }> = Object.fromEntries(
  (Object.keys(TONE) as TUsStatus[]).map((s) => [s, { text: en.us.status[s], tone: TONE[s] }]),
) as Record<TUsStatus, { text: string; tone: TUiTone }>;

/** The badge class of each status on the product page and the dashboard cards (words: schemeResults.us.badge). */
export const US_STATUS_BADGE: Record<TUsStatus, string> = {
  eligible: "badge badge-ok",
  not_eligible: "badge badge-bad",
  incomplete: "badge",
  out_of_scope: "badge",
};
