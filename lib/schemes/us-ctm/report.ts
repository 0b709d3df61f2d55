import { stackedBar, tallySegments } from "@/lib/report/charts";
import { heading, keyValues } from "@/lib/report/layout";
import type { TCtx } from "@/lib/report/layout";
import { catalogText } from "../i18n";
import { scopeReasonText } from "../i18n/scope-reasons";
import { chartTitle } from "../module";
import { usCtm } from "./index";
import { readinessIn, type TReportSection } from "../report-section";

/**
 * The US result's rows, in the report's words (messages report.json; the English ones are the words format 1 and
 * format 2 always printed). Extension point: a new fact about the US result is one more row here; the table lays
 * itself out.
 */
export function usRows(ctx: Pick<TCtx, "s" | "t" | "lang">): [string, string][] {
  const { s, t, lang } = ctx;
  const us = s.result.us;
  const tr = catalogText(s.catalog.version, lang);
  const headline: Record<typeof us.status, string> = {
    eligible: t("us.eligible"),
    not_eligible: t("us.notEligible"),
    incomplete: t("us.incomplete"),
    out_of_scope: t("row.outOfScope"),
  };
  return [
    [
      t("row.result"),
      us.eligible ? t("us.eligibleBaseline", { headline: headline[us.status] }) : headline[us.status],
    ],
    [t("row.inScope"), us.inScope === null ? t("row.undetermined") : us.inScope ? t("row.yes") : t("row.no")],
    // Only snapshots whose result carries the reasons (catalog 1.1.0+) get the row: older labels stay byte-identical.
    ...(us.outOfScopeReasons?.length
      ? [
          [
            t("row.whyOutOfScope"),
            us.outOfScopeReasons.map((r) => scopeReasonText(s.catalog.version, lang, "US_CTM", r)).join(" "),
          ] as [string, string],
        ]
      : []),
    [t("us.failing"), us.failing.join(", ") || t("row.none")],
    [t("us.open"), us.unanswered.join(", ") || t("row.none")],
    [
      t("us.registryMissing"),
      us.missingRegistry
        .map((m) => `${m.field}. ${tr(`scheme.US_CTM.registryField.${m.field}`, m.label)}`)
        .join(t("sep.list")) || t("row.none"),
    ],
    [t("us.supportEnd"), s.product.supportPeriodEnd],
  ];
}

const layout: TReportSection["v2"] = {
  bars: (ctx) => stackedBar(ctx, chartTitle(usCtm, ctx.lang), tallySegments(ctx.s.result.us.tally, ctx.t)),
  readiness: (rd, t) => readinessIn(t, t ? t("us.code") : "US", rd.US_CTM?.percent ?? null),
  draw(ctx) {
    heading(ctx, ctx.t("scheme.US_CTM.title"));
    keyValues(ctx, usRows(ctx));
  },
};

export const usCtmReport: TReportSection = { v1: layout, v2: layout };
