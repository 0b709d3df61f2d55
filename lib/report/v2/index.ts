import type { TLabelSnapshotV2 } from "@/lib/labels/snapshot-types";
import type { TCtx } from "../layout";
import { drawCatalog, drawVerification } from "./appendix";
import { drawCover } from "./cover";
import type { TCtx as TSectionCtx } from "./ctx";
import { drawCriteriaTable } from "./criteria-table";
import { drawEvidence } from "./evidence";
import { drawFooters } from "./footer";
import { drawOverview, drawSchemes } from "./results";
import { drawFacts, drawSignOff } from "./sign-off";

/**
 * The report layout of format-2 snapshots (cyberlabel.snapshot/2). Its bytes are frozen since labels were issued with
 * it (lib/report/golden.test.ts): a layout change needs a new snapshot format and its own folder, as v1 was kept
 * when this one was added and as format 3 (lib/report/v3) now draws its own cover in front of this body.
 *
 * Sections: cover (artwork, QR), product facts, sign-off with the signature block, results overview, per-scheme
 * results (each scheme module's section: lib/schemes/<scheme>/report.ts), gaps, criteria table, evidence files, catalog, digest and signature.
 */
export function drawReportV2(ctx: TCtx<TLabelSnapshotV2>): void {
  drawCover(ctx);
  drawReportBody(ctx);
}

/** Every section after the cover, in order: format 2's and format 3's alike (they hold the same data). */
export function drawReportBody(ctx: TSectionCtx): void {
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
