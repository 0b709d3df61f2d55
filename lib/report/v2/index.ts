import type { TLabelSnapshotV2 } from "@/lib/labels/snapshot-types";
import type { TCtx } from "../layout";
import { drawCatalog, drawVerification } from "./appendix";
import { drawCover } from "./cover";
import { drawCriteriaTable } from "./criteria-table";
import { drawEvidence } from "./evidence";
import { drawFooters } from "./footer";
import { drawOverview, drawSchemes } from "./results";
import { drawFacts, drawSignOff } from "./sign-off";

/**
 * The report layout of format-2 snapshots (cyberlabel.snapshot/2), the one labels are issued with now. Its bytes
 * are frozen too once a label is issued with it: a layout change after that needs a new snapshot format and its
 * own folder, exactly as v1 was kept when this one was added. Until then it is the place for improvements.
 *
 * Sections: cover (artwork, QR), product facts, sign-off with the signature block, results overview, per-scheme
 * results (each scheme module's section: lib/schemes/<scheme>/report.ts), gaps, criteria table, evidence files, catalog, digest and signature.
 */
export function drawReportV2(ctx: TCtx<TLabelSnapshotV2>): void {
  drawCover(ctx);
  drawFacts(ctx);
  drawSignOff(ctx);
  drawOverview(ctx);
  drawSchemes(ctx);
  drawCriteriaTable(ctx);
  drawEvidence(ctx);
  drawCatalog(ctx);
  drawVerification(ctx);
  drawFooters(ctx);
}
