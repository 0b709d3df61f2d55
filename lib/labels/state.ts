/**
 * A label's state, derived from its append-only events (LabelEvent rows, each also a leaf of the public
 * transparency log), never from a mutable column. The same state machine is enforced by the database trigger
 * label_event_check (prisma/migrations/…_integrity_events_chain_log): `nextEventProblem` here gives the application
 * a clear message before it writes, the trigger refuses whatever gets past it, and the integrity check on serve
 * (lib/labels/integrity.ts) replays the events through it so rows inserted with triggers disabled are caught too.
 *
 *   ISSUED      first and only once, dated when the label was issued
 *   SUSPENDED   reversible: while in force (not superseded, not expired, not already suspended, before
 *               validUntil), with a reason
 *   REINSTATED  ends a suspension, before validUntil
 *   SUPERSEDED  final: a newer label (the product's next version) replaces this one; once
 *   EXPIRED     logged once by the scheduled log step, dated validUntil, after validUntil; expiry itself is
 *               decided by the clock, so a label is expired after validUntil whether or not the step has run
 *   REVOKED     final: nothing may follow it; with a reason. Allowed after SUPERSEDED or EXPIRED too: a consumer
 *               must learn that a label was withdrawn, whatever else happened to it.
 * Events are in time order. Shown state, strongest first: revoked, superseded, expired, suspended, valid.
 */
import { emsg } from "@/lib/i18n/errors";

export const LABEL_EVENT_KINDS = [
  "ISSUED",
  "SUSPENDED",
  "REINSTATED",
  "SUPERSEDED",
  "EXPIRED",
  "REVOKED",
] as const;
export type TLabelEventKind = (typeof LABEL_EVENT_KINDS)[number];

export type TLabelEventLike = {
  kind: TLabelEventKind;
  at: Date | string;
  reason?: string | null;
  /** SUPERSEDED: the public code of the label that replaces this one. */
  supersededBy?: string | null;
};

export type TDerivedState = "valid" | "expired" | "suspended" | "superseded" | "revoked";

export type TLabelHistory = {
  state: TDerivedState;
  issuedAt: string | null;
  revoked: { at: string; reason: string | null } | null;
  superseded: { at: string; by: string | null } | null;
  suspended: { at: string; reason: string | null } | null;
  /** When the label expired (validUntil), or null while it has not. */
  expiredAt: string | null;
};

const iso = (d: Date | string) => new Date(d).toISOString();
const time = (d: Date | string) => {
  const t = new Date(d).getTime();
  if (Number.isNaN(t)) throw new Error("label event without a valid date");
  return t;
};

/** Folds the events (in their order) into the label's history and its state at `now`. */
export function deriveLabelHistory(
  events: readonly TLabelEventLike[],
  validUntil: Date | string,
  now: Date = new Date(),
): TLabelHistory {
  const h: TLabelHistory = {
    state: "valid",
    issuedAt: null,
    revoked: null,
    superseded: null,
    suspended: null,
    expiredAt: null,
  };
  for (const e of events) {
    if (e.kind === "ISSUED") h.issuedAt = iso(e.at);
    else if (e.kind === "REVOKED") h.revoked ??= { at: iso(e.at), reason: e.reason ?? null };
    else if (e.kind === "SUPERSEDED") h.superseded ??= { at: iso(e.at), by: e.supersededBy ?? null };
    else if (e.kind === "SUSPENDED") h.suspended = { at: iso(e.at), reason: e.reason ?? null };
    else if (e.kind === "REINSTATED") h.suspended = null;
    else if (e.kind === "EXPIRED") h.expiredAt ??= iso(e.at);
  }
  const until = time(validUntil);
  if (h.expiredAt === null && now.getTime() > until) h.expiredAt = iso(validUntil);
  h.state = h.revoked
    ? "revoked"
    : h.superseded
      ? "superseded"
      : h.expiredAt
        ? "expired"
        : h.suspended
          ? "suspended"
          : "valid";
  return h;
}

/**
 * Why `next` may not follow `events` (null when it may): the database trigger's rules, in words a reviewer can act
 * on. `now` is the database's clock in the trigger; here the caller's.
 */
export function nextEventProblem(
  events: readonly TLabelEventLike[],
  next: TLabelEventLike,
  label: { issuedAt: Date | string; validUntil: Date | string },
  now: Date = new Date(),
): string | null {
  const at = time(next.at);
  if (at > now.getTime() + 5 * 60_000) return emsg("eventInFuture");
  const last = events[events.length - 1];
  if (last && at < time(last.at)) return emsg("eventOrder");
  const has = (k: TLabelEventKind) => events.some((e) => e.kind === k);
  let suspended = false;
  for (const e of events) {
    if (e.kind === "SUSPENDED") suspended = true;
    if (e.kind === "REINSTATED") suspended = false;
  }
  if (next.kind === "ISSUED") {
    if (events.length > 0) return emsg("alreadyIssued");
    return at === time(label.issuedAt) ? null : emsg("issuedDate");
  }
  if (!has("ISSUED")) return emsg("firstIssued");
  if (has("REVOKED")) return emsg("revokedFinal");
  const needsReason = next.kind === "REVOKED" || next.kind === "SUSPENDED";
  if (needsReason && !next.reason?.trim()) return emsg("eventNeedsReason", { kind: next.kind.toLowerCase() });
  if (next.kind !== "SUPERSEDED" && next.supersededBy) return emsg("onlySupersession");
  switch (next.kind) {
    case "SUSPENDED":
      return has("SUPERSEDED") || has("EXPIRED") || suspended || at > time(label.validUntil)
        ? emsg("suspendInForce")
        : null;
    case "REINSTATED":
      return !suspended || has("SUPERSEDED") || has("EXPIRED") || at > time(label.validUntil)
        ? emsg("reinstateSuspended")
        : null;
    case "SUPERSEDED":
      return has("SUPERSEDED") || !next.supersededBy ? emsg("supersessionFinal") : null;
    case "EXPIRED":
      return has("EXPIRED") ||
        has("SUPERSEDED") ||
        at !== time(label.validUntil) ||
        time(label.validUntil) > now.getTime()
        ? emsg("expiresOnce")
        : null;
    case "REVOKED":
      return null;
  }
}

/** Replays the events through the state machine: the first event that could not have been written, or null. */
export function firstIllegalEvent(
  events: readonly TLabelEventLike[],
  label: { issuedAt: Date | string; validUntil: Date | string },
  now: Date = new Date(),
): { index: number; problem: string } | null {
  for (let i = 0; i < events.length; i++) {
    // Each event is judged at the latest moment it could have been written (now); the future-date rule too.
    const problem = nextEventProblem(events.slice(0, i), events[i]!, label, now);
    if (problem) return { index: i, problem };
  }
  return null;
}
