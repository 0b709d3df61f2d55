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
import type { TReportT } from "@/lib/report/words";
import { catalogText } from "../i18n";
import { pct, readinessIn, type TReportSection } from "../report-section";

/** "30 pass, 0 fail, 0 open, 3 not applicable" for a tally (in the report's words when `w` is given). */
export function tallyText(t: TTally, w?: TReportT): string {
  if (w)
    return w("tally", {
      pass: String(t.passing),
      fail: String(t.failing),
      open: String(t.unanswered),
      na: String(t.notApplicable),
    });
  return `${t.passing} pass, ${t.failing} fail, ${t.unanswered} open, ${t.notApplicable} not applicable`;
}

/** An article's result in one line (format-2 words; English as euShort). */
function shortIn(t: TReportT, a: TEuArticleResult): string {
  switch (a.status) {
    case "presumption":
      return t("eu.short.presumption");
    case "notified_body_required":
      return a.conformant === false ? t("eu.short.notConforming") : t("eu.short.notifiedBody");
    case "no_presumption":
      return a.conformant === false
        ? t("eu.short.failing", { n: String(a.failing.length) })
        : t("eu.short.noPresumption");
    case "incomplete":
      return t("eu.short.incomplete", { n: String(a.unanswered.length) });
    case "not_required":
      return t("eu.short.notRequired");
  }
}

/** Why this route, in the reader's language: the engine's own English words, or the same reason translated. */
function routeReasonIn(ctx: TCtx, a: TEuArticleResult): string {
  if (ctx.lang === "en") return a.routeReason;
  const { t } = ctx;
  switch (a.status) {
    case "not_required":
      return t("eu.reason.notRequired");
    case "incomplete":
      return t("eu.reason.incomplete");
    case "no_presumption":
      return t("eu.reason.noPresumption", { n: String(a.failing.length) });
    case "notified_body_required":
      return t("eu.reason.restricted", {
        restrictions: a.restrictions
          .filter((x) => x.triggered === true)
          .map((x) => x.id)
          .join(", "),
      });
    case "presumption":
      return t("eu.reason.presumption");
  }
}

const articleHeading = (ctx: TCtx, a: TEuArticleResult) =>
  ctx.t("eu.articleHeading", { article: ctx.t(`eu.article.${a.article}`), part: String(a.part) });

/** An article whose every criterion is not applicable: one line instead of a table of dashes. */
export const entirelyNotApplicable = (a: TEuArticleResult) =>
  a.tally.total > 0 && a.tally.notApplicable === a.tally.total;

function bars(ctx: TCtx): void {
  for (const a of ctx.s.result.eu.articles)
    stackedBar(
      ctx,
      ctx.t("eu.bar", { article: ctx.t(`eu.article.${a.article}`) }),
      tallySegments(a.tally, ctx.t),
    );
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
    readiness: (rd, t) => readinessIn(t, t ? t("eu.code") : "EU", rd.EU_RED?.percent ?? null),
    draw(ctx) {
      const { eu } = ctx.s.result;
      const { t } = ctx;
      const tr = catalogText(ctx.s.catalog.version, ctx.lang);
      heading(ctx, t("scheme.EU_RED.title"));
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
            .text(articleHeading(ctx, a), PAGE.left, doc.y, {
              width: CONTENT_W,
              continued: true,
            })
            .font(F.regular)
            .fontSize(9)
            .fillColor(C.muted)
            .text(t("eu.articleNotApplicable", { n: a.tally.total }));
          doc.y += 4;
          continue;
        }
        subheading(ctx, articleHeading(ctx, a));
        keyValues(ctx, [
          [t("row.result"), shortIn(t, a)],
          [t("eu.routeLabel"), t(`eu.route.${a.route}`)],
          [t("row.why"), routeReasonIn(ctx, a)],
          [t("row.criteria"), tallyText(a.tally, t)],
        ]);
        const triggered = a.restrictions.filter((x) => x.triggered === true);
        if (triggered.length > 0)
          bullets(
            ctx,
            triggered.map((x) =>
              t("eu.restriction", {
                id: x.id,
                summary: tr(`scheme.EU_RED.restriction.${x.id}`, x.summary),
              }),
            ),
          );
      }
      if (eu.regimeNote)
        paragraph(ctx, tr("scheme.EU_RED.regimeSwitch", eu.regimeNote), { size: 8.5, color: C.muted });
    },
  },
};
