import { levelBar, stackedBar, star, tallySegments } from "@/lib/report/charts";
import { C, CONTENT_W, ensureSpace, F, heading, keyValues, PAGE, paragraph } from "@/lib/report/layout";
import { cnHeadline, SCHEME_TITLE } from "@/lib/report/text";
import type { TCtx } from "@/lib/report/layout";
import { chartTitle } from "../module";
import { cnCcl } from "./index";
import { readinessIn, type TReportSection } from "../report-section";

/** Stars, rating facts and level bars; format 1 printed the counts without the noun. */
function draw(ctx: TCtx, v1: boolean): void {
  const { cn } = ctx.s.result;
  const { t } = ctx;
  ensureSpace(ctx, 200); // keep the China block (stars, facts, level bars) on one page
  heading(ctx, v1 ? SCHEME_TITLE.CN_CCL : t("scheme.CN_CCL.title"));
  const y = ctx.doc.y;
  [1, 2, 3].forEach((i) => star(ctx.doc, PAGE.left + 14 + (i - 1) * 30, y + 13, 12, i <= cn.stars));
  ctx.doc
    .font(F.bold)
    .fontSize(13)
    .fillColor(C.ink)
    .text(
      v1
        ? `${cnHeadline(cn)} (${cn.stars} 星)`
        : t("cn.headline", { headline: headlineIn(ctx), stars: String(cn.stars) }),
      PAGE.left + 100,
      y + 5,
      { width: CONTENT_W - 100 },
    );
  ctx.doc.y = y + 34;
  keyValues(ctx, [
    [t("cn.rating"), cn.provisional ? t("cn.provisional") : t("cn.final")],
    [
      t("cn.catalogue"),
      cn.catalogueListed === null
        ? t("cn.undetermined")
        : cn.catalogueListed
          ? t("cn.listed")
          : t("cn.notListed"),
    ],
  ]);
  for (const l of cn.levels)
    levelBar(
      ctx,
      v1
        ? `Level ${l.level}: ${l.passing} of ${l.required}${l.met ? " (met)" : ""}`
        : t(l.met ? "cn.levelMet" : "cn.level", {
            level: String(l.level),
            passing: String(l.passing),
            required: l.required,
          }),
      l.passing,
      l.required,
      l.met,
    );
  if (cn.missingForNext) {
    const missing = cn.missingForNext;
    if (v1)
      paragraph(
        ctx,
        `Blocking ${missing.level} stars: ${missing.criteria.map((c) => `${c.key} (${c.verdict.toLowerCase()})`).join(", ")}`,
        { size: 8.5 },
      );
    else
      paragraph(
        ctx,
        t("cn.blocking", {
          stars: missing.level,
          criteria: missing.criteria
            .map((c) =>
              t("cn.blockingCriterion", {
                key: c.key,
                verdict: ctx.lang === "en" ? c.verdict.toLowerCase() : t(`verdict.${c.verdict}`),
              }),
            )
            .join(t("sep.comma")),
        }),
        { size: 8.5 },
      );
  }
}

/** The headline in the report's words (English: cnHeadline, as before). */
function headlineIn(ctx: TCtx): string {
  const { cn } = ctx.s.result;
  const { t } = ctx;
  if (cn.inScope === false) return t("row.outOfScope");
  return cn.stars === 0 ? t("cn.noStar") : t("cn.stars", { stars: String(cn.stars) });
}

const bars = (ctx: TCtx) =>
  stackedBar(ctx, chartTitle(cnCcl, ctx.lang), tallySegments(ctx.s.result.cn.tally, ctx.t));
const readiness: TReportSection["v2"]["readiness"] = (rd, t) =>
  readinessIn(t, t ? t("cn.code") : "China", rd.CN_CCL?.percent ?? null);

export const cnCclReport: TReportSection = {
  v1: { bars, readiness, draw: (ctx) => draw(ctx, true) },
  v2: { bars, readiness, draw: (ctx) => draw(ctx, false) },
};
