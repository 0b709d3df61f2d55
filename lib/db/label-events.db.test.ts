// One state machine in two places: lib/labels/state.ts (what the application checks before writing, and what
// the integrity check replays) and the trigger label_event_check (what the database enforces for any writer).
// For a set of histories and every kind of next event, both must give the same answer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLabelEvent, type TTx } from "@/lib/db/label-events";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateSigningKey } from "@/lib/labels/signing";
import {
  LABEL_EVENT_KINDS,
  nextEventProblem,
  type TLabelEventKind,
  type TLabelEventLike,
} from "@/lib/labels/state";
import { buildLeaf } from "@/lib/translog/leaf";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeIssuedLabel, type TIssuedLabel } from "@/lib/testing/labels";

let db: TestDb;
let p: PrismaClient;
const signed = { privateKeyPem: generateSigningKey().privateKeyPem };
beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
});
afterAll(async () => {
  await db?.drop();
});

class Rollback extends Error {}

type TNext = { kind: TLabelEventKind; at: Date; reason: string | null; supersededById: string | null };

/** Writes the event and its leaf with no application check at all: only the database decides. */
async function rawAppend(tx: TTx, labelId: string, e: TNext) {
  const label = await tx.label.findUniqueOrThrow({ where: { id: labelId } });
  const event = await tx.labelEvent.create({ data: { labelId, ...e }, select: { id: true, seq: true } });
  const by = e.supersededById
    ? (await tx.label.findUniqueOrThrow({ where: { id: e.supersededById } })).publicCode
    : null;
  const { leaf, leafHash } = buildLeaf({
    publicCode: label.publicCode,
    digest: label.digest,
    validUntil: label.validUntil,
    event: { seq: event.seq, kind: e.kind, at: e.at, reason: e.reason, supersededBy: by },
  });
  await tx.transparencyLogEntry.create({ data: { leaf, leafHash, labelId, labelEventId: event.id } });
}

async function databaseAccepts(labelId: string, e: TNext): Promise<boolean> {
  try {
    await p.$transaction(async (tx) => {
      await rawAppend(tx, labelId, e);
      throw new Rollback(); // accepted: undo it, so the same history serves the next candidate
    });
  } catch (err) {
    if (err instanceof Rollback) return true;
    return false;
  }
  return true;
}

describe(`label events on ${testDatabaseKind()}: the application's and the database's state machines agree`, () => {
  const histories: { name: string; expired: boolean; prefix: TLabelEventKind[] }[] = [
    { name: "issued", expired: false, prefix: [] },
    { name: "suspended", expired: false, prefix: ["SUSPENDED"] },
    { name: "reinstated", expired: false, prefix: ["SUSPENDED", "REINSTATED"] },
    { name: "superseded", expired: false, prefix: ["SUPERSEDED"] },
    { name: "revoked", expired: false, prefix: ["REVOKED"] },
    { name: "past validity", expired: true, prefix: [] },
    { name: "expiry logged", expired: true, prefix: ["EXPIRED"] },
    { name: "superseded, then revoked", expired: false, prefix: ["SUPERSEDED", "REVOKED"] },
  ];

  it.each(histories)("after: $name", async ({ expired, prefix }) => {
    const successor = await makeIssuedLabel(p, signed);
    const l: TIssuedLabel = await makeIssuedLabel(p, {
      ...signed,
      ...(expired
        ? { issuedAt: "2024-01-10T10:00:00.000Z", validUntil: "2025-01-10T10:00:00.000Z" }
        : { issuedAt: new Date(Date.now() - 10 * 86_400_000).toISOString() }),
    });
    const row = await p.label.findUniqueOrThrow({ where: { id: l.ids.labelId } });
    const nextOf = (kind: TLabelEventKind, i: number): TNext => ({
      kind,
      at:
        kind === "ISSUED"
          ? row.issuedAt
          : kind === "EXPIRED"
            ? row.validUntil
            : new Date(
                expired ? row.validUntil.getTime() + (i + 1) * 1000 : Date.now() - (9 - i) * 86_400_000,
              ),
      reason: kind === "REVOKED" || kind === "SUSPENDED" ? `reason ${i}` : null,
      supersededById: kind === "SUPERSEDED" ? successor.ids.labelId : null,
    });
    const history: TLabelEventLike[] = [{ kind: "ISSUED", at: row.issuedAt }];
    for (const [i, kind] of prefix.entries()) {
      const e = nextOf(kind, i);
      await p.$transaction((tx) => appendLabelEvent(tx, { labelId: l.ids.labelId, ...e }));
      history.push({ ...e, supersededBy: e.supersededById });
    }
    for (const kind of LABEL_EVENT_KINDS) {
      const e = nextOf(kind, prefix.length);
      const app = nextEventProblem(
        history,
        { ...e, supersededBy: e.supersededById ? "CL-SUCCESSOR" : null },
        row,
      );
      const dbSays = await databaseAccepts(l.ids.labelId, e);
      expect({ kind, allowed: dbSays }).toEqual({ kind, allowed: app === null });
    }
  });
});
