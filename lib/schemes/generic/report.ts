import { stackedBar, tallySegments } from "@/lib/report/charts";
import { bullets, heading, keyValues } from "@/lib/report/layout";
import { chartTitle } from "../module";
import { schemeModule } from "../registry";
import { pct, type TReportLayout } from "../report-section";
import type { TSchemeId } from "../types";

/**
 * The report section (layout v2) of a scheme without one of its own: its bar in the overview, its readiness, and a
 * section with the envelope (result, scope and why, readiness, reasons) plus the module's public lines.
 */
export function genericReport(id: TSchemeId): { v2: TReportLayout } {
  return {
    v2: {
      bars: (ctx) => {
        const t = ctx.s.result.schemes?.[id]?.tally;
        if (t) stackedBar(ctx, chartTitle(schemeModule(id)), tallySegments(t));
      },
      readiness: (rd) => `${schemeModule(id).code} ${pct(rd[id]?.percent ?? null)}`,
      draw(ctx) {
        const m = schemeModule(id);
        const e = m.envelope(ctx.s.result);
        heading(ctx, m.reportTitle);
        keyValues(ctx, [
          ["Result", e.headline],
          ["In scope", e.inScope === null ? "Undetermined" : e.inScope ? "Yes" : "No"],
          [e.inScope === false ? "Why out of scope" : "Scope", e.why],
          [
            "Readiness",
            `${pct(e.readiness.percent)} (${e.readiness.passing} of ${e.readiness.applicable} applicable criteria pass)`,
          ],
          ...(m.publicLines?.(ctx.s.result) ?? []).map((l, i) => [i === 0 ? "Figures" : "", l.en] as const),
        ]);
        if (e.reasons.length > 0) bullets(ctx, e.reasons, { size: 8 });
      },
    },
  };
}
