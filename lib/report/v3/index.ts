import type { TLabelSnapshotV3 } from "@/lib/labels/snapshot-types";
import type { TCtx } from "../layout";
import { drawReportBody } from "../v2";
import { drawCover } from "./cover";

/**
 * The report layout of format-3 snapshots (cyberlabel.snapshot/3), the one labels are issued with now: format 2's
 * sections, drawn by lib/report/v2 unchanged, behind a cover laid out for one to six schemes (./cover.ts).
 * Frozen like the others once labels are issued with it (lib/report/golden.test.ts): a change that moves its bytes
 * needs format 4. Note that a change in a v2 section moves format 3's bytes too, and is refused by v2's golden.
 */
export function drawReportV3(ctx: TCtx<TLabelSnapshotV3>): void {
  drawCover(ctx);
  drawReportBody(ctx);
}
