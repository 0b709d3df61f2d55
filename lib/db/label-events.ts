// Label events: the only way a label's state changes (issue, suspension, reinstatement, supersession, expiry,
// revocation). Each event is appended together with its transparency log leaf in the caller's transaction, so a
// label can never exist, or change state, without a log entry: the database refuses the commit otherwise
// (deferred triggers label_has_issued_event / label_event_logged).
import { AppError, notFound } from "@/lib/errors";
import { nextEventProblem, type TLabelEventKind } from "@/lib/labels/state";
import { buildLeaf } from "@/lib/translog/leaf";
import { LOCK } from "@/lib/translog/locks";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_LABEL_CHANNEL } from "@/lib/serve/bus";

export type TTx = Prisma.TransactionClient;

export type TAppendEvent = {
  labelId: string;
  kind: TLabelEventKind;
  at: Date;
  reason?: string | null;
  actorId?: string | null;
  supersededById?: string | null;
};

export type TAppended = { eventId: string; seq: number; leafIndex: number; leaf: string };

/** Serialises this label's events across connections and instances, until the transaction ends. */
export async function lockLabelEvents(tx: TTx, labelId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LOCK.LABEL_EVENTS}::int, hashtext(${labelId}))`;
}

/** What state derivation needs of an event (lib/labels/state.ts TLabelEventLike). */
export const labelEventSelect = { seq: true, kind: true, at: true, reason: true } as const;

/**
 * Appends one event and its log leaf. Refuses, with a message for the user, what the state machine does not allow
 * (lib/labels/state.ts); the database trigger enforces the same rules for any other writer.
 */
export async function appendLabelEvent(tx: TTx, e: TAppendEvent, now: Date = new Date()): Promise<TAppended> {
  await lockLabelEvents(tx, e.labelId);
  const label = await tx.label.findUnique({
    where: { id: e.labelId },
    select: {
      publicCode: true,
      digest: true,
      issuedAt: true,
      validUntil: true,
      events: { orderBy: { seq: "asc" }, select: labelEventSelect },
    },
  });
  if (!label) throw notFound("labelNotFound");
  const supersededBy = e.supersededById
    ? ((await tx.label.findUnique({ where: { id: e.supersededById }, select: { publicCode: true } }))
        ?.publicCode ?? null)
    : null;
  if (e.supersededById && supersededBy === null) throw notFound("replacingLabelNotFound");
  const problem = nextEventProblem(
    label.events,
    { kind: e.kind, at: e.at, reason: e.reason ?? null, supersededBy },
    label,
    now,
  );
  if (problem) throw new AppError("INVALID_STATE", problem);

  const event = await tx.labelEvent.create({
    data: {
      labelId: e.labelId,
      kind: e.kind,
      at: e.at,
      reason: e.reason ?? null,
      actorId: e.actorId ?? null,
      supersededById: e.supersededById ?? null,
    },
    select: { id: true, seq: true },
  });
  const { leaf, leafHash } = buildLeaf({
    publicCode: label.publicCode,
    digest: label.digest,
    validUntil: label.validUntil,
    event: { seq: event.seq, kind: e.kind, at: e.at, reason: e.reason ?? null, supersededBy },
  });
  const entry = await tx.transparencyLogEntry.create({
    data: { leaf, leafHash, labelId: e.labelId, labelEventId: event.id },
    select: { leafIndex: true },
  });
  await publicLabelChanged(tx, label.publicCode);
  return { eventId: event.id, seq: event.seq, leafIndex: Number(entry.leafIndex), leaf };
}

/**
 * Tells every server's public page cache (lib/cli/serve.ts) that this label's pages changed: a NOTIFY in the
 * writing transaction, so it is delivered at commit and never for a rolled-back event. Called by appendLabelEvent,
 * the one place label events are written, so no path (issue, revocation, suspension, expiry, supersession, backfill)
 * can miss it.
 */
export async function publicLabelChanged(tx: TTx, publicCode: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS notified FROM pg_notify(${PUBLIC_LABEL_CHANNEL}, ${publicCode})`;
}

/**
 * Writes an issued label with its ISSUED event and log leaf (the only way a label row comes to exist: the database
 * refuses a label without them at commit). Used by approval and by the test and seed fixtures.
 */
export async function insertIssuedLabel(
  tx: TTx,
  data: Prisma.LabelUncheckedCreateInput & { issuedAt: Date },
): Promise<{ id: string; publicCode: string; digest: string; logIndex: number }> {
  const label = await tx.label.create({ data, select: { id: true, publicCode: true, digest: true } });
  const issued = await appendLabelEvent(tx, {
    labelId: label.id,
    kind: "ISSUED",
    at: data.issuedAt,
    actorId: data.approvedById,
  });
  return { ...label, logIndex: issued.leafIndex };
}
