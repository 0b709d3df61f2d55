import type { TLabelSnapshotV3 } from "@/lib/labels/snapshot-types";
import type { TCtx } from "../layout";
import { drawCatalog, drawVerification } from "../v2/appendix";
import { drawCriteriaTable } from "../v2/criteria-table";
import { drawEvidence } from "../v2/evidence";
import { drawFooters } from "../v2/footer";
import { drawOverview, drawSchemes } from "../v2/results";
import { drawFacts, drawSignOff } from "../v2/sign-off";
import { drawCover } from "./cover";

/**
 * The report layout of format-3 snapshots (cyberlabel.snapshot/3), the one labels are issued with now: format 2's
 * sections, imported unchanged from lib/report/v2, behind a cover laid out for one to six schemes (./cover.ts).
 * Frozen like the others once labels are issued with it (lib/report/golden.test.ts): a change that moves its bytes
 * needs format 4. Note that a change in a v2 section moves format 3's bytes too, and is refused by v2's golden.
 */
export function drawReportV3(ctx: TCtx<TLabelSnapshotV3>): void {
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
