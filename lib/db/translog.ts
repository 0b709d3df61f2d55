// Reads of the public transparency log: entries, stored perfect subtrees, proofs and signed tree heads. Proofs are
// computed from the subtrees the database stored when each leaf was appended (lib/translog/merkle.ts), reading
// O(log² n) hashes in one query, never the whole log.
import type { DbClient } from "@/lib/db/types";
import {
  consistencyProof,
  inclusionProof,
  nodesNeeded,
  rootHash,
  type TNodeGetter,
} from "@/lib/translog/merkle";
import type { TSignedTreeHead } from "@/lib/translog/tree-head";

/** Number of leaves appended (committed), signed or not yet. */
export async function logSize(db: DbClient): Promise<number> {
  const last = await db.transparencyLogEntry.findFirst({
    orderBy: { leafIndex: "desc" },
    select: { leafIndex: true },
  });
  return last ? Number(last.leafIndex) + 1 : 0;
}

/** Runs `compute` with the stored subtrees it needs, fetched in one query. */
export async function withNodes<T>(db: DbClient, compute: (get: TNodeGetter) => T): Promise<T> {
  const needed = nodesNeeded(compute);
  if (needed.length === 0) return compute(() => Buffer.alloc(32));
  const rows = await db.transparencyLogNode.findMany({
    where: { OR: needed.map((n) => ({ level: n.level, nodeIndex: BigInt(n.index) })) },
    select: { level: true, nodeIndex: true, hash: true },
  });
  const map = new Map(rows.map((r) => [`${r.level}:${r.nodeIndex}`, Buffer.from(r.hash, "hex")]));
  return compute((level, index) => {
    const h = map.get(`${level}:${index}`);
    // A missing subtree is corruption (the trigger stores every one): fail loudly, never prove something false.
    if (!h) throw new Error(`transparency log node (${level}, ${index}) is missing`);
    return h;
  });
}

export function logRoot(db: DbClient, size: number): Promise<string> {
  return withNodes(db, (get) => rootHash(get, size).toString("hex"));
}

export function logInclusionProof(db: DbClient, leafIndex: number, treeSize: number): Promise<string[]> {
  return withNodes(db, (get) => inclusionProof(get, leafIndex, treeSize).map((h) => h.toString("hex")));
}

export function logConsistencyProof(db: DbClient, first: number, second: number): Promise<string[]> {
  return withNodes(db, (get) => consistencyProof(get, first, second).map((h) => h.toString("hex")));
}

const sthSelect = {
  treeSize: true,
  timestamp: true,
  rootHash: true,
  keyId: true,
  signature: true,
} as const;

function toSth(r: {
  treeSize: bigint;
  timestamp: Date;
  rootHash: string;
  keyId: string;
  signature: string;
}): TSignedTreeHead {
  return {
    treeSize: Number(r.treeSize),
    timestamp: r.timestamp.getTime(),
    rootHash: r.rootHash,
    keyId: r.keyId,
    signature: r.signature,
  };
}

export async function latestTreeHead(db: DbClient): Promise<TSignedTreeHead | null> {
  const r = await db.signedTreeHead.findFirst({ orderBy: { timestamp: "desc" }, select: sthSelect });
  return r ? toSth(r) : null;
}

/** The newest signed tree head of exactly this size, or null when no head was signed at this size. */
export async function treeHeadOfSize(db: DbClient, treeSize: number): Promise<TSignedTreeHead | null> {
  const r = await db.signedTreeHead.findFirst({
    where: { treeSize: BigInt(treeSize) },
    orderBy: { timestamp: "desc" },
    select: sthSelect,
  });
  return r ? toSth(r) : null;
}

export type TLogEntry = { leafIndex: number; leaf: string; leafHash: string };

export async function listLogEntries(db: DbClient, start: number, end: number): Promise<TLogEntry[]> {
  const rows = await db.transparencyLogEntry.findMany({
    where: { leafIndex: { gte: BigInt(start), lt: BigInt(end) } },
    orderBy: { leafIndex: "asc" },
    select: { leafIndex: true, leaf: true, leafHash: true },
  });
  return rows.map((r) => ({ ...r, leafIndex: Number(r.leafIndex) }));
}

/** A label's log entries, by its public code (null when there is no such label). */
export async function logEntriesOfLabel(db: DbClient, publicCode: string): Promise<TLogEntry[] | null> {
  const label = await db.label.findUnique({
    where: { publicCode },
    select: {
      logEntries: { orderBy: { leafIndex: "asc" }, select: { leafIndex: true, leaf: true, leafHash: true } },
    },
  });
  return label ? label.logEntries.map((r) => ({ ...r, leafIndex: Number(r.leafIndex) })) : null;
}

export async function logEntryAt(db: DbClient, leafIndex: number): Promise<TLogEntry | null> {
  const r = await db.transparencyLogEntry.findUnique({
    where: { leafIndex: BigInt(leafIndex) },
    select: { leafIndex: true, leaf: true, leafHash: true },
  });
  return r ? { ...r, leafIndex: Number(r.leafIndex) } : null;
}
