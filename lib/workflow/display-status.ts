// What a manufacturer is told about an assessment: its workflow status AND, once approved, the state of the label
// it issued. One function decides the combined state (displayStatus); every badge and list uses it, so an approved
// assessment whose label was revoked never reads plain "Approved" anywhere.
//
// The label's state is derived ONLY through labelStatus() (lib/labels/validity.ts) from the label's append-only
// events (lib/labels/state.ts), plus the integrity check on serve where the caller ran it; labelState() adds the
// date and reason that go with it, from the same events. No component reads a label column (revokedAt, which the
// database only copies from the REVOKED event) or validUntil to decide a state itself.
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { deriveLabelHistory, type TLabelEventLike } from "@/lib/labels/state";
import { labelStatus } from "@/lib/labels/validity";
import { STATUS_LABEL, STATUS_TONE } from "@/lib/workflow/transitions";

/** The label fields the state is derived from (as selected by labelStateSelect in lib/db/manufacturer-labels.ts). */
export type TLabelStateInput = {
  validUntil: Date;
  /** The label's events, oldest first. */
  events: readonly TLabelEventLike[];
  /** The check on serve (lib/db/public-labels.ts labelIntegrityByIds), where the page ran it. */
  integrity?: { ok: boolean } | null;
};

/**
 * A discriminated union: every `switch` and Record over `kind` fails to compile until it says what a new state
 * looks like.
 */
export type TLabelState =
  | { kind: "valid"; validUntil: Date }
  | { kind: "expired"; on: Date }
  | { kind: "suspended"; on: Date; reason: string | null }
  | { kind: "superseded"; on: Date; by: string | null }
  | { kind: "revoked"; on: Date; reason: string | null }
  /** The stored label no longer matches its signature or the public log: nothing else on record can be trusted. */
  | { kind: "integrity_failed" };

export type TLabelStateKind = TLabelState["kind"];

export function labelState(label: TLabelStateInput, now: Date = new Date()): TLabelState {
  const status = labelStatus(
    { validUntil: label.validUntil, events: label.events, integrity: label.integrity },
    now,
  );
  const h = deriveLabelHistory(label.events, label.validUntil, now);
  switch (status) {
    case "integrity_failed":
      return { kind: "integrity_failed" };
    case "revoked":
      return { kind: "revoked", on: new Date(h.revoked!.at), reason: h.revoked!.reason };
    case "superseded":
      return { kind: "superseded", on: new Date(h.superseded!.at), by: h.superseded!.by };
    case "expired":
      return { kind: "expired", on: new Date(h.expiredAt ?? label.validUntil) };
    case "suspended":
      return { kind: "suspended", on: new Date(h.suspended!.at), reason: h.suspended!.reason };
    case "valid":
      return { kind: "valid", validUntil: label.validUntil };
  }
}

export type TTone = "ok" | "bad" | "warn" | "info" | "";

/** How each label state reads, and its colour: `short` follows "label …" in badges. */
export const LABEL_STATE_UI: Record<TLabelStateKind, { word: string; short: string; tone: TTone }> = {
  valid: { word: "Valid", short: "label valid", tone: "ok" },
  expired: { word: "Expired", short: "label expired", tone: "warn" },
  suspended: { word: "Suspended", short: "label suspended", tone: "warn" },
  superseded: { word: "Superseded", short: "label superseded", tone: "warn" },
  revoked: { word: "Revoked", short: "label revoked", tone: "bad" },
  integrity_failed: { word: "Integrity check failed", short: "label integrity check failed", tone: "bad" },
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/** One sentence on the label's state, with its date (and reason): "Revoked on 2026-11-21: <reason>". */
export function labelStateSentence(s: TLabelState): string {
  switch (s.kind) {
    case "valid":
      return `Valid until ${day(s.validUntil)}`;
    case "expired":
      return `Expired on ${day(s.on)}`;
    case "suspended":
      return `Suspended on ${day(s.on)}${s.reason ? `: ${s.reason}` : ""}`;
    case "superseded":
      return `Replaced on ${day(s.on)}${s.by ? ` by label ${s.by}` : ""}`;
    case "revoked":
      return `Revoked on ${day(s.on)}${s.reason ? `: ${s.reason}` : ""}`;
    case "integrity_failed":
      return "Integrity check failed: contact your lab";
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
