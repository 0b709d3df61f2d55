import type { TLabelSnapshotV1 } from "@/lib/labels/snapshot-types";
import type { TCtx } from "../layout";
import { drawCatalog, drawEvidence, drawVerification } from "./appendix";
import { drawCover } from "./cover";
import { drawCriteriaTable } from "./criteria-table";
import { drawFooters } from "./footer";
import { drawFacts, drawOverview, drawSchemes } from "./results";

/**
 * The report layout of format-1 snapshots (cyberlabel.snapshot/1), FROZEN: these reports are verified by
 * re-rendering and comparing bytes, so nothing in lib/report/v1 (nor the shared helpers it uses) may change what it
 * draws. lib/report/golden.test.ts holds the SHA-256 of its output. Improvements go into lib/report/v2.
 */
export function drawReportV1(ctx: TCtx<TLabelSnapshotV1>): void {
  drawCover(ctx);
  drawFacts(ctx);
  drawOverview(ctx);
  drawSchemes(ctx);
  drawCriteriaTable(ctx);
  drawEvidence(ctx);
  drawCatalog(ctx);
  drawVerification(ctx);
  drawFooters(ctx);
}
