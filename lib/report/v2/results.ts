import { count, N, noun } from "@/lib/i18n/plural";
import type { TSchemeId } from "@/lib/schemes";
import type { TEuArticleResult, TTally } from "@/lib/scoring";
import { legend, levelBar, stackedBar, star, tallySegments } from "../charts";
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
} from "../layout";
import {
  answerText,
  cnHeadline,
  EU_ARTICLE_NAME,
  EU_ROUTE_TEXT,
  euShort,
  SCHEME_TITLE,
  usHeadline,
} from "../text";
import type { TCtx } from "./ctx";

/** Per-scheme results with charts, and the gaps (format-2 layout). */

export function drawOverview(ctx: TCtx): void {
  const { s } = ctx;
  const r = s.result;
  ensureSpace(ctx, 200); // heading, bars and legend stay together
  heading(ctx, "Results overview");
  paragraph(
    ctx,
    "Criteria per scheme by verdict. N/A = not applicable to this product; Open = not yet answered or justified.",
    { size: 8.5, color: C.muted },
  );
  const targets = new Set(s.assessment.targetSchemes);
  if (targets.has("EU_RED"))
    for (const a of r.eu.articles)
      stackedBar(ctx, `EU ${EU_ARTICLE_NAME[a.article]}`, tallySegments(a.tally));
  if (targets.has("US_CTM")) stackedBar(ctx, "US NIST IR 8425", tallySegments(r.us.tally));
  if (targets.has("CN_CCL")) stackedBar(ctx, "China CCL", tallySegments(r.cn.tally));
  legend(ctx, tallySegments(r.us.tally));
  const rd = r.readiness;
  const pct = (x: number | null) => (x === null ? "—" : `${x} %`);
  const parts: [TSchemeId, string][] = [
    ["EU_RED", `EU ${pct(rd.EU_RED.percent)}`],
    ["US_CTM", `US ${pct(rd.US_CTM.percent)}`],
    ["CN_CCL", `China ${pct(rd.CN_CCL.percent)}`],
  ];
  paragraph(
    ctx,
    `Readiness (applicable criteria passing): ${parts
      .filter(([id]) => targets.has(id))
      .map(([, t]) => t)
      .join(" · ")}`,
    { bold: true },
  );
}

/** "30 pass, 0 fail, 0 open, 3 not applicable" for a tally. */
export function tallyText(t: TTally): string {
  return `${t.passing} pass, ${t.failing} fail, ${t.unanswered} open, ${t.notApplicable} not applicable`;
}

/** An article whose every criterion is not applicable: one line instead of a table of dashes. */
export const entirelyNotApplicable = (a: TEuArticleResult) =>
  a.tally.total > 0 && a.tally.notApplicable === a.tally.total;

function drawEu(ctx: TCtx): void {
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
}

/**
 * The US result's rows. Extension point: a new fact about the US result (for instance why the product is out of the
 * programme's scope) is one more row here; the table lays itself out.
 */
export function usRows(ctx: TCtx): [string, string][] {
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

function drawUs(ctx: TCtx): void {
  heading(ctx, SCHEME_TITLE.US_CTM);
  keyValues(ctx, usRows(ctx));
}

function drawCn(ctx: TCtx): void {
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
      `Level ${l.level}: ${l.passing} of ${count(l.required, N.criterion)}${l.met ? " (met)" : ""}`,
      l.passing,
      l.required,
      l.met,
    );
  if (cn.missingForNext) {
    paragraph(
      ctx,
      `Blocking ${count(cn.missingForNext.level, N.star)}: ${cn.missingForNext.criteria.map((c) => `${c.key} (${c.verdict.toLowerCase()})`).join(", ")}`,
      { size: 8.5 },
    );
  }
}

export function drawSchemes(ctx: TCtx): void {
  const targets = new Set(ctx.s.assessment.targetSchemes);
  if (targets.has("EU_RED")) drawEu(ctx);
  if (targets.has("US_CTM")) drawUs(ctx);
  if (targets.has("CN_CCL")) drawCn(ctx);
  drawGaps(ctx);
}

function drawGaps(ctx: TCtx): void {
  const { s } = ctx;
  const q = (id: string) => ctx.text.questions.find((x) => x.id === id)?.label ?? id;
  heading(ctx, "Gaps");
  if (s.result.gaps.length === 0) paragraph(ctx, "No gaps: every applicable criterion passes.");
  bullets(
    ctx,
    s.result.gaps.map((g) => {
      const qs = g.questionIds.map((id) => `${q(id)} (now: ${answerText(s.answers[id])})`).join("; ");
      const what = g.kind === "fail" ? "Fix" : "Answer";
      const restrictions = g.restrictions.length
        ? `; ${noun(g.restrictions.length, { one: "restriction", other: "restrictions" })} ${g.restrictions.join(", ")}`
        : "";
      return `${what}: ${qs || "reviewer-overridden failure"} → affects ${g.targets.join(", ")}; ${noun(g.criteria.length, N.criterion)} ${g.criteria.join(", ")}${restrictions}`;
    }),
  );
}
