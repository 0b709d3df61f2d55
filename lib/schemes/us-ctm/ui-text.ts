import type { TUsStatus } from "@/lib/scoring/types";
import type { TUiTone } from "../eu-red/ui-text";

export const US_STATUS_TEXT: Record<TUsStatus, { text: string; tone: TUiTone }> = {
  out_of_scope: { text: "Not in the program's scope", tone: "" },
  incomplete: { text: "Incomplete: answers missing", tone: "info" },
  not_eligible: { text: "Not eligible yet", tone: "bad" },
  eligible: { text: "Eligible for the label", tone: "ok" },
};

export const US_STATUS_BADGE: Record<TUsStatus, { label: string; badge: string }> = {
  eligible: { label: "Eligible", badge: "badge badge-ok" },
  not_eligible: { label: "Not eligible", badge: "badge badge-bad" },
  incomplete: { label: "Incomplete", badge: "badge" },
  out_of_scope: { label: "Out of scope", badge: "badge" },
};
