import { stackedBar, tallySegments } from "@/lib/report/charts";
import { heading, keyValues } from "@/lib/report/layout";
import { SCHEME_TITLE, usHeadline } from "@/lib/report/text";
import type { TCtx } from "@/lib/report/layout";
import { chartTitle } from "../module";
import { pct, type TReportSection } from "../report-section";
import { usCtm } from "./index";

/**
 * The US result's rows. Extension point: a new fact about the US result (for instance why the product is out of the
 * programme's scope) is one more row here; the table lays itself out.
 */
export function usRows(ctx: Pick<TCtx, "s">): [string, string][] {
  const { s } = ctx;
  const us = s.result.us;
  return [
    [
      "Result",
      `${usHeadline(us)}${us.eligible ? ": the product meets the NIST IR 8425 baseline as assessed" : ""}`,
    ],
    ["In scope", us.inScope === null ? "Undetermined" : us.inScope ? "Yes" : "No"],
    // Only snapshots whose result carries the reasons (catalog 1.1.0+) get the row: older labels stay byte-identical.
    ...(us.outOfScopeReasons?.length
      ? [["Why out of scope", us.outOfScopeReasons.join(" ")] as [string, string]]
      : []),
    ["Failing criteria", us.failing.join(", ") || "none"],
    ["Open criteria", us.unanswered.join(", ") || "none"],
    ["Registry fields missing", us.missingRegistry.map((m) => `${m.field}. ${m.label}`).join("; ") || "none"],
    ["Support period end", s.product.supportPeriodEnd],
  ];
}

const layout: TReportSection["v2"] = {
  bars: (ctx) => stackedBar(ctx, chartTitle(usCtm), tallySegments(ctx.s.result.us.tally)),
  readiness: (rd) => `US ${pct(rd.US_CTM?.percent ?? null)}`,
  draw(ctx) {
    heading(ctx, SCHEME_TITLE.US_CTM);
    keyValues(ctx, usRows(ctx));
  },
};

export const usCtmReport: TReportSection = { v1: layout, v2: layout };
