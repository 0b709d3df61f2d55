import { count, N } from "@/lib/i18n/plural";
import { stackedBar, tallySegments } from "@/lib/report/charts";
import {
  bullets,
  C,
  CONTENT_W,
  ensureSpace,
  F,
  heading,
  keyValues,
  PAGE,
  paragraph,
  subheading,
} from "@/lib/report/layout";
import { EU_ARTICLE_NAME, EU_ROUTE_TEXT, euShort, SCHEME_TITLE } from "@/lib/report/text";
import type { TEuArticleResult, TTally } from "@/lib/scoring";
import type { TCtx } from "@/lib/report/layout";
import { pct, type TReportSection } from "../report-section";

/** "30 pass, 0 fail, 0 open, 3 not applicable" for a tally. */
export function tallyText(t: TTally): string {
  return `${t.passing} pass, ${t.failing} fail, ${t.unanswered} open, ${t.notApplicable} not applicable`;
}

/** An article whose every criterion is not applicable: one line instead of a table of dashes. */
export const entirelyNotApplicable = (a: TEuArticleResult) =>
  a.tally.total > 0 && a.tally.notApplicable === a.tally.total;

function bars(ctx: TCtx): void {
  for (const a of ctx.s.result.eu.articles)
    stackedBar(ctx, `EU ${EU_ARTICLE_NAME[a.article]}`, tallySegments(a.tally));
}

export const euRedReport: TReportSection = {
  v1: {
    bars,
    readiness: (rd) => `EU ${pct(rd.EU_RED?.percent ?? null)}`,
    draw(ctx) {
      const { eu } = ctx.s.result;
      heading(ctx, SCHEME_TITLE.EU_RED);
      for (const a of eu.articles) {
        subheading(ctx, `Article 3(3)${EU_ARTICLE_NAME[a.article]} · EN 18031-${a.part}`);
        keyValues(ctx, [
          ["Result", euShort(a)],
          ["Conformity route", EU_ROUTE_TEXT[a.route]],
          ["Why", a.routeReason],
          [
            "Criteria",
            `${a.tally.passing} pass, ${a.tally.failing} fail, ${a.tally.unanswered} open, ${a.tally.notApplicable} not applicable`,
          ],
        ]);
        const triggered = a.restrictions.filter((x) => x.triggered === true);
        if (triggered.length > 0)
          bullets(
            ctx,
            triggered.map((x) => `Restriction ${x.id} applies: ${x.summary}`),
          );
      }
      if (eu.regimeNote) paragraph(ctx, eu.regimeNote, { size: 8.5, color: C.muted });
    },
  },
  v2: {
    bars,
    readiness: (rd) => `EU ${pct(rd.EU_RED?.percent ?? null)}`,
    draw(ctx) {
      const { eu } = ctx.s.result;
      heading(ctx, SCHEME_TITLE.EU_RED);
      for (const a of eu.articles) {
        if (entirelyNotApplicable(a)) {
          // One line: the article's name as its heading would be, and why nothing under it needs reading.
          ensureSpace(ctx, 30);
          const { doc } = ctx;
          doc.y += 6;
          doc
            .font(F.bold)
            .fontSize(11)
            .fillColor(C.ink)
            .text(`Article 3(3)${EU_ARTICLE_NAME[a.article]} · EN 18031-${a.part}`, PAGE.left, doc.y, {
              width: CONTENT_W,
              continued: true,
            })
            .font(F.regular)
            .fontSize(9)
            .fillColor(C.muted)
            .text(`   not applicable to this product (${count(a.tally.total, N.criterion)})`);
          doc.y += 4;
          continue;
        }
        subheading(ctx, `Article 3(3)${EU_ARTICLE_NAME[a.article]} · EN 18031-${a.part}`);
        keyValues(ctx, [
          ["Result", euShort(a)],
          ["Conformity route", EU_ROUTE_TEXT[a.route]],
          ["Why", a.routeReason],
          ["Criteria", tallyText(a.tally)],
        ]);
        const triggered = a.restrictions.filter((x) => x.triggered === true);
        if (triggered.length > 0)
          bullets(
            ctx,
            triggered.map((x) => `Restriction ${x.id} applies: ${x.summary}`),
          );
      }
      if (eu.regimeNote) paragraph(ctx, eu.regimeNote, { size: 8.5, color: C.muted });
    },
  },
};
