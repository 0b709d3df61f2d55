// What a manufacturer is told about an assessment: its workflow status AND, once approved, the state of the label
// it issued. One function decides the combined state (displayStatus); every badge and list uses it, so an approved
// assessment whose label was revoked never reads plain "Approved" anywhere.
//
// The label's state is derived ONLY through labelStatus() (lib/labels/validity.ts), the single entry point that a
// later issue moves onto append-only label events; labelState() adds the date and reason that go with it. No
// component reads revokedAt or validUntil to decide a state itself.
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { labelStatus } from "@/lib/labels/validity";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/workflow/transitions";

/** The label row fields the state is derived from (as selected by lib/db/manufacturer-labels.ts). */
export type TLabelStateInput = {
  validUntil: Date;
  revokedAt: Date | null;
  revocationReason: string | null;
};

/**
 * A discriminated union so later states ("superseded" by a newer version's label, "suspended" while an actively
 * exploited vulnerability is open) are one more member each: every `switch` and Record over `kind` then fails to
 * compile until it says what the new state looks like.
 */
export type TLabelState =
  | { kind: "valid"; validUntil: Date }
  | { kind: "expired"; on: Date }
  | { kind: "revoked"; on: Date; reason: string | null };

export type TLabelStateKind = TLabelState["kind"];

export function labelState(label: TLabelStateInput, now: Date = new Date()): TLabelState {
  const status = labelStatus({ validUntil: label.validUntil, revokedAt: label.revokedAt }, now);
  switch (status) {
    case "revoked":
      // labelStatus says revoked only when a revocation date exists.
      return { kind: "revoked", on: label.revokedAt ?? label.validUntil, reason: label.revocationReason };
    case "expired":
      return { kind: "expired", on: label.validUntil };
    case "valid":
      return { kind: "valid", validUntil: label.validUntil };
  }
}

export type TTone = "ok" | "bad" | "warn" | "info" | "";

/** How each label state reads, and its colour: `short` follows "label …" in badges. */
export const LABEL_STATE_UI: Record<TLabelStateKind, { word: string; short: string; tone: TTone }> = {
  valid: { word: "Valid", short: "label valid", tone: "ok" },
  expired: { word: "Expired", short: "label expired", tone: "warn" },
  revoked: { word: "Revoked", short: "label revoked", tone: "bad" },
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/** One sentence on the label's state, with its date (and reason): "Revoked on 2026-11-21: <reason>". */
export function labelStateSentence(s: TLabelState): string {
  switch (s.kind) {
    case "valid":
      return `Valid until ${day(s.validUntil)}`;
    case "expired":
      return `Expired on ${day(s.on)}`;
    case "revoked":
      return `Revoked on ${day(s.on)}${s.reason ? `: ${s.reason}` : ""}`;
  }
}

/** Whole days until a valid label expires, when that is within `withinDays` (the reminder window); else null. */
export function expiresWithin(s: TLabelState, now: Date = new Date(), withinDays = 60): number | null {
  if (s.kind !== "valid") return null;
  const days = Math.ceil((s.validUntil.getTime() - now.getTime()) / 86_400_000);
  return days <= withinDays ? Math.max(0, days) : null;
}

export type TDisplayStatus = {
  /** "Approved · label revoked", "In review", … */
  text: string;
  tone: TTone;
  /** The label's state when the assessment issued one. */
  label: TLabelState | null;
};

/**
 * The combined status of an assessment and its label. The label's state decides the tone once there is a label:
 * a revoked label is bad news whatever the assessment's own status says.
 */
export function displayStatus(
  status: AssessmentStatus,
  label: TLabelStateInput | null | undefined,
  now: Date = new Date(),
): TDisplayStatus {
  const base = STATUS_LABEL[status];
  if (!label) return { text: base, tone: STATUS_TONE[status], label: null };
  const state = labelState(label, now);
  const ui = LABEL_STATE_UI[state.kind];
  return { text: `${base} · ${ui.short}`, tone: ui.tone, label: state };
}
