import en from "@/messages/en/schemeResults.json" with { type: "json" };
import type { TCraOutcome } from "./rule";

type TUiTone = "ok" | "bad" | "warn" | "info" | "";

const TONE: Record<TCraOutcome, TUiTone> = {
  not_conforming: "bad",
  gaps: "bad",
  incomplete: "info",
  notified_body_required: "warn",
  ready_notified_body: "warn",
  module_a: "ok",
  ready_module_a: "ok",
  not_in_scope: "",
};

/**
 * The application's wording of the CRA outcomes (questionnaire, dashboard, review), in English: the words are
 * messages (schemeResults.cra.status, .badge); the components say them in the reader's language.
 */
export const CRA_STATUS_TEXT: Record<TCraOutcome, { text: string; tone: TUiTone; badge: string }> =
  Object.fromEntries(
    (Object.keys(TONE) as TCraOutcome[]).map((o) => [
      o,
      { text: en.cra.status[o], tone: TONE[o], badge: en.cra.badge[o] },
    ]),
  ) as Record<TCraOutcome, { text: string; tone: TUiTone; badge: string }>;

/** The English sentences of the CRA rule (lib/schemes/eu-cra/rule.ts), as messages: matched to say them translated. */
export const CRA_RULE_SENTENCES = {
  classReason: en.cra.classReason,
  routeReason: en.cra.routeReason,
  art14: en.cra.art14,
  hint: { hint: en.cra.hint },
  hintText: en.cra.hintText,
} as const;
