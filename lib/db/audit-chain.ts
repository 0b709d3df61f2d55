// Verification of the hash-chained audit trail (`npm run audit:verify`, the admin page) and the one-time seal of
// events written before the chain existed. See lib/db/audit.ts for how events are chained.
//
// Chain: one global chain in `seq` order. hash(n) = SHA-256(hash(n-1) || seq(n) as 8 bytes big-endian ||
// bodyHash(n)), hash(0) = 32 zero bytes, bodyHash = SHA-256 of the canonical JSON of the event's content.
// Verification recomputes every bodyHash from the stored fields and every link, so a changed, removed, inserted
// or reordered event breaks the chain at that event. Removing the newest events leaves a shorter valid chain:
// that is caught by comparing with a head recorded earlier (--expect, the admin page shows the current head).
import { createHash } from "node:crypto";
import { auditBodyHash, auditBodyOf, recordAudit } from "@/lib/db/audit";
import type { DbClient } from "@/lib/db/types";

export const GENESIS_HASH = "0".repeat(64);
export const LEGACY_SEAL_ACTION = "audit.legacy_sealed";

export function chainHash(prevHash: string, seq: bigint | number, bodyHash: string): string {
  const s = Buffer.alloc(8);
  s.writeBigUInt64BE(BigInt(seq));
  return createHash("sha256")
    .update(Buffer.from(prevHash, "hex"))
    .update(s)
    .update(Buffer.from(bodyHash, "hex"))
    .digest("hex");
}

export type TAuditHead = { seq: number; hash: string | null; createdAt: Date };

export type TChainReport = {
  ok: boolean;
  events: number;
  /** Events from before the chain existed (no hashes of their own), covered by the seal event. */
  legacy: number;
  head: TAuditHead | null;
  firstBreak: { seq: number; reason: string } | null;
};

const rowSelect = {
  id: true,
  seq: true,
  prevHash: true,
  bodyHash: true,
  hash: true,
  createdAt: true,
  actorId: true,
  action: true,
  subjectType: true,
  subjectId: true,
  organizationId: true,
  details: true,
} as const;

export async function getAuditHead(db: DbClient): Promise<TAuditHead | null> {
  const row = await db.auditEvent.findFirst({
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true, createdAt: true },
  });
  return row ? { seq: Number(row.seq), hash: row.hash, createdAt: row.createdAt } : null;
}

/**
 * Walks the whole chain in `seq` order, in batches, and stops at the first break. `expectHead` is a head recorded
 * earlier (seq and hash): it must still be in the chain, or events were removed or rewritten since.
 */
export async function verifyAuditChain(
  db: DbClient,
  opts: { batchSize?: number; expectHead?: { seq: number; hash: string } } = {},
): Promise<TChainReport> {
  const batchSize = opts.batchSize ?? 1000;
  let events = 0;
  let legacy = 0;
  let expectedSeq = 1n;
  let prev = GENESIS_HASH; // hash of the previous chained event
  let virtualLegacy = GENESIS_HASH; // the legacy events chained the same way, which the seal records
  let sealed = false;
  let seenChained = false;
  let head: TAuditHead | null = null;
  let expectSeen = false;
  const broken = (seq: bigint, reason: string): TChainReport => ({
    ok: false,
    events,
    legacy,
    head,
    firstBreak: { seq: Number(seq), reason },
  });

  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { seq: { gte: expectedSeq } },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: rowSelect,
    });
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.seq !== expectedSeq)
        return broken(
          expectedSeq,
          `event ${expectedSeq} is missing: the sequence jumps from ${expectedSeq - 1n} to ${r.seq}`,
        );
      events++;
      head = { seq: Number(r.seq), hash: r.hash, createdAt: r.createdAt };
      const body = auditBodyHash(auditBodyOf(r));
      if (r.bodyHash === null) {
        if (seenChained)
          return broken(r.seq, `event ${r.seq} has no hash, but the chain had already started`);
        legacy++;
        virtualLegacy = chainHash(virtualLegacy, r.seq, body);
      } else {
        seenChained = true;
        if (r.bodyHash !== body)
          return broken(
            r.seq,
            `event ${r.seq} (${r.action}) was changed: its content no longer matches its hash`,
          );
        if (r.prevHash !== prev)
          return broken(r.seq, `event ${r.seq} does not follow event ${r.seq - 1n}: its link to it is wrong`);
        if (r.hash !== chainHash(prev, r.seq, r.bodyHash))
          return broken(r.seq, `event ${r.seq} carries a wrong chain hash`);
        prev = r.hash;
        if (r.action === LEGACY_SEAL_ACTION && !sealed) {
          const d = r.details as { legacyEvents?: unknown; chainHash?: unknown } | null;
          if (d?.legacyEvents !== legacy || d.chainHash !== virtualLegacy)
            return broken(
              r.seq,
              `the seal (event ${r.seq}) does not match the ${legacy} events before the chain`,
            );
          sealed = true;
        }
      }
      if (opts.expectHead && r.seq === BigInt(opts.expectHead.seq)) {
        if (r.hash !== opts.expectHead.hash)
          return broken(r.seq, `event ${r.seq} is not the one recorded earlier: the chain was rewritten`);
        expectSeen = true;
      }
      expectedSeq = r.seq + 1n;
    }
  }
  if (legacy > 0 && !sealed)
    return broken(
      BigInt(legacy),
      `the ${legacy} events from before the chain are not sealed (the app's start seals them)`,
    );
  if (opts.expectHead && !expectSeen)
    return broken(
      BigInt(opts.expectHead.seq),
      `the chain ends at ${events} events, before the head recorded earlier (${opts.expectHead.seq}): events were removed`,
    );
  return { ok: true, events, legacy, head, firstBreak: null };
}

/**
 * Once, after the migration that introduced the chain: records the events written before it (which have no hashes
 * and cannot be updated) in one chained "seal" event, so removing or changing any of them is detected as well.
 * Idempotent; run by the start (lib/cli/prepare-db.ts).
 */
export async function sealLegacyAuditEvents(db: DbClient): Promise<number> {
  const legacy = await db.auditEvent.count({ where: { bodyHash: null } });
  if (legacy === 0) return 0;
  if (await db.auditEvent.findFirst({ where: { action: LEGACY_SEAL_ACTION }, select: { id: true } }))
    return 0;
  let virtual = GENESIS_HASH;
  let n = 0;
  let after = 0n;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { bodyHash: null, seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: 1000,
      select: rowSelect,
    });
    if (rows.length === 0) break;
    for (const r of rows) {
      virtual = chainHash(virtual, r.seq, auditBodyHash(auditBodyOf(r)));
      n++;
      after = r.seq;
    }
  }
  await recordAudit(db, {
    actorId: null,
    action: LEGACY_SEAL_ACTION,
    subjectType: "audit",
    subjectId: "chain",
    details: { legacyEvents: n, lastSeq: Number(after), chainHash: virtual },
  });
  return n;
}
