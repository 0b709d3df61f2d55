import { stackedBar, tallySegments } from "@/lib/report/charts";
import { bullets, heading, keyValues } from "@/lib/report/layout";
import { chartTitle } from "../module";
import { knownSentence } from "@/lib/report/words";
import type { TCtx } from "@/lib/report/layout";
import { scopeReasonText } from "../i18n/scope-reasons";
import { schemeModule } from "../registry";
import { pct, readinessIn, type TReportLayout } from "../report-section";
import type { TSchemeId } from "../types";

/**
 * The report section (layout v2) of a scheme without one of its own: its bar in the overview, its readiness, and a
 * section with the envelope (result, scope and why, readiness, reasons) plus the module's public lines.
 */
/** The sentences a module's rule writes in English that the report says in other languages (report.json). */
const KNOWN = {
  ETSI_303645: [
    "etsi.whyNoCatalog",
    "etsi.whyNotIot",
    "etsi.whyAsk",
    "etsi.whyIot",
    "etsi.mandatoryNotMet",
    "etsi.mandatoryOpen",
    "etsi.recommendedNotMet",
  ],
} as const;

function sentenceIn(ctx: TCtx, id: TSchemeId, english: string): string {
  const keys: readonly (typeof KNOWN)[keyof typeof KNOWN][number][] =
    id in KNOWN ? KNOWN[id as keyof typeof KNOWN] : [];
  const scoped = scopeReasonText(ctx.s.catalog.version, ctx.lang, id, english);
  return scoped !== english ? scoped : knownSentence(ctx.t, ctx.lang, english, keys);
}

export function genericReport(id: TSchemeId): { v2: TReportLayout } {
  return {
    v2: {
      bars: (ctx) => {
        const t = ctx.s.result.schemes?.[id]?.tally;
        if (t) stackedBar(ctx, chartTitle(schemeModule(id), ctx.lang), tallySegments(t, ctx.t));
      },
      readiness: (rd, t) => readinessIn(t, schemeModule(id).code, rd[id]?.percent ?? null),
      draw(ctx) {
        const { t, lang } = ctx;
        const m = schemeModule(id);
        const e = m.envelope(ctx.s.result);
        heading(ctx, t(`scheme.${id}.title`));
        keyValues(ctx, [
          [t("row.result"), lang === "en" ? e.headline : (m.outcomeText[e.outcome]?.[lang] ?? e.headline)],
          [
            t("row.inScope"),
            e.inScope === null ? t("row.undetermined") : e.inScope ? t("row.yes") : t("row.no"),
          ],
          [e.inScope === false ? t("row.whyOutOfScope") : t("row.scope"), sentenceIn(ctx, id, e.why)],
          [
            t("row.readiness"),
            t("row.readinessValue", {
              pct: pct(e.readiness.percent),
              passing: String(e.readiness.passing),
              applicable: String(e.readiness.applicable),
            }),
          ],
          ...(m.publicLines?.(ctx.s.result) ?? []).map(
            (l, i) => [i === 0 ? t("row.figures") : "", l[lang]] as const,
          ),
        ]);
        if (e.reasons.length > 0)
          bullets(
            ctx,
            e.reasons.map((r) => sentenceIn(ctx, id, r)),
            { size: 8 },
          );
      },
    },
  };
}
