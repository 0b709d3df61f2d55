// What the admin page shows of the integrity machinery: the audit chain's head and whether the whole chain
// verifies, and the transparency log's size and latest signed tree head. The full chain walk is remembered for a
// minute per process so reloading the page does not re-read the whole trail each time.
import { verifyAuditChain, type TChainReport } from "@/lib/db/audit-chain";
import { latestTreeHead, logSize } from "@/lib/db/translog";
import type { DbClient } from "@/lib/db/types";
import type { TSignedTreeHead } from "@/lib/translog/tree-head";

export type TIntegrityStatus = {
  audit: TChainReport;
  checkedAt: Date;
  log: { size: number; treeHead: TSignedTreeHead | null };
};

let remembered: { at: number; audit: TChainReport } | null = null;

export async function getIntegrityStatus(db: DbClient, now: Date = new Date()): Promise<TIntegrityStatus> {
  if (!remembered || now.getTime() - remembered.at > 60_000)
    remembered = { at: now.getTime(), audit: await verifyAuditChain(db) };
  const [size, treeHead] = await Promise.all([logSize(db), latestTreeHead(db)]);
  return { audit: remembered.audit, checkedAt: new Date(remembered.at), log: { size, treeHead } };
}
