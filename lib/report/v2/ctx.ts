import type { TLabelSnapshotV2 } from "@/lib/labels/snapshot-types";
import type { TCtx as TCtxAny } from "../layout";

/** A report section of the format-2 layout. */
export type TCtx = TCtxAny<TLabelSnapshotV2>;

/** "E1".."En": the evidence files' numbers, in snapshot order (sorted by hash), used by the criteria table. */
export function evidenceNumbers(ctx: TCtx): Map<string, number> {
  const out = new Map<string, number>();
  ctx.s.evidence.forEach((f, i) => out.set(`${f.sha256}\u0000${f.fileName}`, i + 1));
  return out;
}

/** A vulnerability disclosure contact as printed: an e-mail address without its mailto: scheme. */
export const contactText = (v: string | null) => (v === null ? "—" : v.replace(/^mailto:/i, ""));
