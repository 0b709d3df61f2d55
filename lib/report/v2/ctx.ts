import type { TLabelSnapshotPublic } from "@/lib/labels/snapshot-types";
import type { TCtx as TCtxAny } from "../layout";

/**
 * A report section of the format-2 layout. Format 3 holds the same data and draws every section but its cover with
 * these very functions (lib/report/v3), so they take either; none of them may look at `format`.
 */
export type TCtx = TCtxAny<TLabelSnapshotPublic>;

/** "E1".."En": the evidence files' numbers, in snapshot order (sorted by hash), used by the criteria table. */
export function evidenceNumbers(ctx: TCtx): Map<string, number> {
  const out = new Map<string, number>();
  ctx.s.evidence.forEach((f, i) => out.set(`${f.sha256}\u0000${f.fileName}`, i + 1));
  return out;
}

/** A vulnerability disclosure contact as printed: an e-mail address without its mailto: scheme. */
export const contactText = (v: string | null) => (v === null ? "—" : v.replace(/^mailto:/i, ""));
