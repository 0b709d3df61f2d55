// Verification of the hash-chained audit trail (`npm run audit:verify`, the admin page) and the one-time seal of
// events written before the chain existed. See lib/db/audit.ts for how events are chained.
//
// Chains. Until migration …_audit_chain_per_organization: one global chain in `seq` order ("chain" NULL),
// hash(n) = SHA-256(hash(n-1) || seq(n) as 8 bytes big-endian || bodyHash(n)), hash(0) = 32 zero bytes,
// bodyHash = SHA-256 of the canonical JSON of the event's content. Since: one chain per organisation ("chain" =
// organizationId, '' for none), numbered by chainSeq without gaps, hash(n) = SHA-256(hash(n-1) || chainSeq(n) ||
// bodyHash(n)); a chain's first event links to the last event of the global chain (so its tail stays covered).
// Only writes of one organisation wait for each other (the global chain serialised every audited write).
// Verification walks every event in `seq` order and recomputes every bodyHash from the stored fields and every
// link, so a changed, removed, inserted or reordered event breaks its chain at that event; an event moved to
// another chain changes its organisation, hence its bodyHash. Removing the newest events leaves shorter valid
// chains: that is caught by comparing with a head recorded earlier (--expect, the admin page shows the current
// head). Once chains exist the head's hash is a digest of every chain's last event as of the head's seq.
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
  chain: true,
  chainSeq: true,
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

/**
 * The digest of the chains' heads: SHA-256 of "chain\tchainSeq\thash\n" for every chain, sorted by chain. What an
 * administrator notes once the per-organisation chains exist (before, the head's own hash).
 */
export function headsDigest(heads: Map<string, { chainSeq: bigint; hash: string }>): string {
  const h = createHash("sha256");
  for (const chain of [...heads.keys()].sort()) {
    const x = heads.get(chain)!;
    h.update(`${chain}\t${x.chainSeq}\t${x.hash}\n`);
  }
  return h.digest("hex");
}

export async function getAuditHead(db: DbClient): Promise<TAuditHead | null> {
  const row = await db.auditEvent.findFirst({
    orderBy: { seq: "desc" },
    select: { seq: true, hash: true, createdAt: true, chain: true },
  });
  if (!row) return null;
  if (row.chain === null) return { seq: Number(row.seq), hash: row.hash, createdAt: row.createdAt };
  const heads = await db.$queryRaw<{ chain: string; chainSeq: bigint; hash: string }[]>`
    SELECT DISTINCT ON ("chain") "chain", "chainSeq", "hash" FROM "AuditEvent"
     WHERE "chain" IS NOT NULL ORDER BY "chain", "chainSeq" DESC`;
  const digest = headsDigest(
    new Map(heads.map((x) => [x.chain, { chainSeq: BigInt(x.chainSeq), hash: x.hash }])),
  );
  return { seq: Number(row.seq), hash: digest, createdAt: row.createdAt };
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
  let expectedSeq = 1n; // the global chain's events are numbered 1, 2, 3 … without gaps
  let prev = GENESIS_HASH; // hash of the global chain's previous event (its head, once the chains start)
  let virtualLegacy = GENESIS_HASH; // the legacy events chained the same way, which the seal records
  let sealed = false;
  let seenChained = false;
  let perOrg = false; // an event of the per-organisation chains was seen: the global chain is closed
  const heads = new Map<string, { chainSeq: bigint; hash: string }>();
  let head: TAuditHead | null = null;
  let expectSeen = false;
  const broken = (seq: bigint, reason: string): TChainReport => ({
    ok: false,
    events,
    legacy,
    head,
    firstBreak: { seq: Number(seq), reason },
  });

  let after = 0n;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: { seq: { gt: after } },
      orderBy: { seq: "asc" },
      take: batchSize,
      select: rowSelect,
    });
    if (rows.length === 0) break;
    for (const r of rows) {
      after = r.seq;
      events++;
      const body = auditBodyHash(auditBodyOf(r));
      if (r.chain === null) {
        // The single chain of before the per-organisation chains.
        if (perOrg)
          return broken(r.seq, `event ${r.seq} claims the global chain, which was closed before it`);
        if (r.seq !== expectedSeq)
          return broken(
            expectedSeq,
            `event ${expectedSeq} is missing: the sequence jumps from ${expectedSeq - 1n} to ${r.seq}`,
          );
        expectedSeq = r.seq + 1n;
        head = { seq: Number(r.seq), hash: r.hash, createdAt: r.createdAt };
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
            return broken(
              r.seq,
              `event ${r.seq} does not follow event ${r.seq - 1n}: its link to it is wrong`,
            );
          if (r.hash !== chainHash(prev, r.seq, r.bodyHash))
            return broken(r.seq, `event ${r.seq} carries a wrong chain hash`);
          prev = r.hash;
        }
      } else {
        // One organisation's chain (or '' for events of none).
        perOrg = true;
        const last = heads.get(r.chain);
        const name =
          r.chain === "" ? "the chain of events without an organisation" : `organisation ${r.chain}'s chain`;
        if (r.bodyHash === null || r.hash === null || r.chainSeq === null)
          return broken(r.seq, `event ${r.seq} has no hash, but the chain had already started`);
        if (r.bodyHash !== body)
          return broken(
            r.seq,
            `event ${r.seq} (${r.action}) was changed: its content no longer matches its hash`,
          );
        if (r.chain !== (r.organizationId ?? ""))
          return broken(r.seq, `event ${r.seq} is in ${name} but belongs to another organisation`);
        const wantSeq = (last?.chainSeq ?? 0n) + 1n;
        if (r.chainSeq !== wantSeq)
          return broken(
            r.seq,
            `event ${wantSeq} of ${name} is missing: it jumps from ${wantSeq - 1n} to ${r.chainSeq} at event ${r.seq}`,
          );
        const linkTo = last?.hash ?? prev;
        if (r.prevHash !== linkTo)
          return broken(
            r.seq,
            last
              ? `event ${r.seq} does not follow the previous event of ${name}: its link to it is wrong`
              : `event ${r.seq}, the first of ${name}, does not start from the last event of the global chain (${expectedSeq - 1n})`,
          );
        if (r.hash !== chainHash(linkTo, r.chainSeq, r.bodyHash))
          return broken(r.seq, `event ${r.seq} carries a wrong chain hash`);
        heads.set(r.chain, { chainSeq: r.chainSeq, hash: r.hash });
        head = { seq: Number(r.seq), hash: null, createdAt: r.createdAt };
      }
      if (r.bodyHash !== null && r.action === LEGACY_SEAL_ACTION && !sealed) {
        const d = r.details as { legacyEvents?: unknown; chainHash?: unknown } | null;
        if (d?.legacyEvents !== legacy || d.chainHash !== virtualLegacy)
          return broken(
            r.seq,
            `the seal (event ${r.seq}) does not match the ${legacy} events before the chain`,
          );
        sealed = true;
      }
      if (opts.expectHead && r.seq === BigInt(opts.expectHead.seq)) {
        const noted = r.chain === null ? r.hash : headsDigest(heads);
        if (noted !== opts.expectHead.hash)
          return broken(r.seq, `event ${r.seq} is not the one recorded earlier: the chain was rewritten`);
        expectSeen = true;
      }
    }
  }
  if (head && head.hash === null) head = { ...head, hash: headsDigest(heads) };
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
