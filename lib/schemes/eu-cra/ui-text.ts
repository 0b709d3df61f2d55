import type { TCraOutcome } from "./rule";

type TUiTone = "ok" | "bad" | "warn" | "info" | "";

/** The application's wording of the CRA outcomes (questionnaire, dashboard, review). */
export const CRA_STATUS_TEXT: Record<TCraOutcome, { text: string; tone: TUiTone; badge: string }> = {
  not_conforming: { text: "Not conforming: fix the failures", tone: "bad", badge: "Not conforming" },
  gaps: { text: "Readiness: gaps to close before 11 Dec 2027", tone: "bad", badge: "Gaps" },
  incomplete: { text: "Incomplete: answers missing", tone: "info", badge: "Incomplete" },
  notified_body_required: {
    text: "Requirements met; a notified body is required",
    tone: "warn",
    badge: "Notified body needed",
  },
  ready_notified_body: {
    text: "Readiness: ready for a notified body",
    tone: "warn",
    badge: "Ready (notified body)",
  },
  module_a: {
    text: "Module A conditions met: you may draw up the declaration",
    tone: "ok",
    badge: "Module A",
  },
  ready_module_a: {
    text: "Readiness: ready for self-assessment (module A)",
    tone: "ok",
    badge: "Ready (module A)",
  },
  not_in_scope: { text: "Outside the Cyber Resilience Act", tone: "", badge: "Not in scope" },
};
