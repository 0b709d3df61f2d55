import { stackedBar, tallySegments } from "@/lib/report/charts";
import { heading, keyValues, paragraph } from "@/lib/report/layout";
import type { TCtx } from "@/lib/report/layout";
import { chartTitle } from "../module";
import { ukPsti } from "./index";
import { readinessIn, type TReportSection } from "../report-section";
import { PSTI_STANDARDS } from "../catalog-v1-2/uk-psti";
import { PSTI_STATUS_TEXT } from "./index";
import { pstiOf } from "./result";
import { scopeReasonText } from "../i18n/scope-reasons";
import type { TPstiRequirementKey, TPstiRoute, TPstiState } from "./rule";

/** Row labels (report.json psti.row.*) are short enough for the report's label column, with the legal reference. */
const ROW_KEY: Record<TPstiRequirementKey, "p1" | "p2" | "p3" | "soc"> = {
  "PSTI-1": "p1",
  "PSTI-2": "p2",
  "PSTI-3": "p3",
  "PSTI-SoC": "soc",
};
const STATE_KEY: Record<TPstiState, "met" | "notTriggered" | "open" | "notMet"> = {
  met: "met",
  not_triggered: "notTriggered",
  open: "open",
  not_met: "notMet",
};

/** The PSTI result's rows: outcome, scope, each requirement with its route, what is missing. */
export function pstiRows(ctx: Pick<TCtx, "s" | "t" | "lang">): [string, string][] {
  const { t, lang } = ctx;
  const p = pstiOf(ctx.s.result);
  const via = (v: TPstiRoute): string =>
    v === "etsi" || v === "iso29147" ? PSTI_STANDARDS[v] : t(`psti.via.${v}`);
  const rows: [string, string][] = [
    [t("row.result"), PSTI_STATUS_TEXT[p.status][lang]],
    [t("row.inScope"), p.inScope === null ? t("row.undetermined") : p.inScope ? t("row.yes") : t("row.no")],
  ];
  if (p.outOfScopeReasons.length)
    rows.push([
      t("psti.whyNot"),
      p.outOfScopeReasons.map((r) => scopeReasonText(ctx.s.catalog.version, lang, "UK_PSTI", r)).join(" "),
    ]);
  for (const r of p.requirements) {
    const state = t(`psti.state.${STATE_KEY[r.state]}`);
    const withVia = r.via.length ? t("psti.via.with", { state, routes: r.via.map(via).join(", ") }) : state;
    const open = [...r.failing, ...r.unanswered];
    rows.push([
      t(`psti.row.${ROW_KEY[r.key]}`),
      open.length ? t("psti.withOpen", { text: withVia, keys: open.join(", ") }) : withVia,
    ]);
  }
  for (const u of p.unmetRoutes) rows.push([t("psti.routeNotMet"), `${u.key} (${via(u.route)})`]);
  return rows;
}

export const ukPstiReport: TReportSection = {
  v2: {
    bars: (ctx) => {
      const t = ctx.s.result.schemes?.UK_PSTI?.tally;
      if (t) stackedBar(ctx, chartTitle(ukPsti, ctx.lang), tallySegments(t, ctx.t));
    },
    readiness: (rd, t) => readinessIn(t, t ? t("psti.code") : "UK", rd.UK_PSTI?.percent ?? null),
    draw(ctx) {
      heading(ctx, ctx.t("scheme.UK_PSTI.title"));
      keyValues(ctx, pstiRows(ctx));
      paragraph(ctx, ctx.t("psti.selfDeclaration"), { size: 8 });
    },
  },
};
