import { count, N } from "@/lib/i18n/plural";
import { levelBar, stackedBar, star, tallySegments } from "@/lib/report/charts";
import { C, CONTENT_W, ensureSpace, F, heading, keyValues, PAGE, paragraph } from "@/lib/report/layout";
import { cnHeadline, SCHEME_TITLE } from "@/lib/report/text";
import type { TCtx } from "@/lib/report/layout";
import { chartTitle } from "../module";
import { pct, type TReportSection } from "../report-section";
import { cnCcl } from "./index";

/** Stars, rating facts and level bars; format 1 printed the counts without the noun. */
function draw(ctx: TCtx, v1: boolean): void {
  const { cn } = ctx.s.result;
  ensureSpace(ctx, 200); // keep the China block (stars, facts, level bars) on one page
  heading(ctx, SCHEME_TITLE.CN_CCL);
  const y = ctx.doc.y;
  [1, 2, 3].forEach((i) => star(ctx.doc, PAGE.left + 14 + (i - 1) * 30, y + 13, 12, i <= cn.stars));
  ctx.doc
    .font(F.bold)
    .fontSize(13)
    .fillColor(C.ink)
    .text(`${cnHeadline(cn)} (${cn.stars} 星)`, PAGE.left + 100, y + 5, { width: CONTENT_W - 100 });
  ctx.doc.y = y + 34;
  keyValues(ctx, [
    ["Rating", cn.provisional ? "Provisional: the implementation rules are still in draft" : "Final"],
    [
      "Product catalogue",
      cn.catalogueListed === null
        ? "Undetermined"
        : cn.catalogueListed
          ? "Listed product type"
          : "Readiness only: product type not in a published catalogue",
    ],
  ]);
  for (const l of cn.levels)
    levelBar(
      ctx,
      v1
        ? `Level ${l.level}: ${l.passing} of ${l.required}${l.met ? " (met)" : ""}`
        : `Level ${l.level}: ${l.passing} of ${count(l.required, N.criterion)}${l.met ? " (met)" : ""}`,
      l.passing,
      l.required,
      l.met,
    );
  if (cn.missingForNext) {
    const blocking = v1 ? `${cn.missingForNext.level} stars` : count(cn.missingForNext.level, N.star);
    paragraph(
      ctx,
      `Blocking ${blocking}: ${cn.missingForNext.criteria.map((c) => `${c.key} (${c.verdict.toLowerCase()})`).join(", ")}`,
      { size: 8.5 },
    );
  }
}

const bars = (ctx: TCtx) => stackedBar(ctx, chartTitle(cnCcl), tallySegments(ctx.s.result.cn.tally));
const readiness: TReportSection["v2"]["readiness"] = (rd) => `China ${pct(rd.CN_CCL?.percent ?? null)}`;

export const cnCclReport: TReportSection = {
  v1: { bars, readiness, draw: (ctx) => draw(ctx, true) },
  v2: { bars, readiness, draw: (ctx) => draw(ctx, false) },
};
