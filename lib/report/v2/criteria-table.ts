import { chartTitle } from "@/lib/schemes/module";
import { perScheme, schemeModule } from "@/lib/schemes/registry";
import type { TCriterionResult, TVerdict } from "@/lib/scoring";
import { C, CONTENT_BOTTOM, F, heading, PAGE, paragraph } from "../layout";
import { answerIn } from "./answers";
import { evidenceNumbers, type TCtx } from "./ctx";

/**
 * The per-criterion table (format 2): one row per criterion in catalog order, header repeated on every page, rows
 * never split across pages. A part of a scheme whose every criterion is not applicable (an EN 18031 part that does
 * not apply, a scheme the product is out of scope of) is one line, not a page of identical "N/A" rows. The evidence
 * column names the files of "Evidence files" by their number (E1, E2…), each listed there once.
 */

type TCol = {
  title: "scheme" | "criterion" | "title" | "verdict" | "deciding" | "reviewer" | "evidence";
  width: number;
};
const COLS: TCol[] = [
  { title: "scheme", width: 30 },
  { title: "criterion", width: 68 },
  { title: "title", width: 108 },
  { title: "verdict", width: 34 },
  { title: "deciding", width: 150 },
  { title: "reviewer", width: 78 },
  { title: "evidence", width: 31 },
];
const SIZE = 6.6;
const PAD = 2.5;
const SCHEME_SHORT = perScheme((m) => m.code);
const VERDICT_COLOR: Record<TVerdict, string> = {
  PASS: C.pass,
  FAIL: C.fail,
  UNANSWERED: C.open,
  NOT_APPLICABLE: C.muted,
};
const tableWidth = () => COLS.reduce((a, c) => a + c.width, 0);

function header(ctx: TCtx): void {
  const { doc } = ctx;
  const y = doc.y;
  doc.rect(PAGE.left, y, tableWidth(), 14).fill(C.accent);
  let x = PAGE.left;
  for (const c of COLS) {
    doc
      .font(F.bold)
      .fontSize(6.8)
      .fillColor("#ffffff")
      .text(ctx.t(`table.col.${c.title}`), x + PAD, y + 3.5, { width: c.width - 2 * PAD, lineBreak: false });
    x += c.width;
  }
  doc.y = y + 14;
}

type TIndex = {
  criteria: Map<string, { id: string; title: string }>;
  questions: Map<string, { label: string; unit?: string }>;
  evidence: Map<string, number>;
};

function cells(ctx: TCtx, idx: TIndex, r: TCriterionResult): string[] {
  const { s, t } = ctx;
  const meta = idx.criteria.get(r.key);
  const shown = r.deciding.slice(0, 3).map((id) => {
    const q = idx.questions.get(id);
    return `${q?.label ?? id}${t("sep.colon")}${answerIn(ctx, s.answers[id], q?.unit)}`;
  });
  if (r.deciding.length > 3) shown.push(t("table.more", { n: String(r.deciding.length - 3) }));
  const d = s.decisions.find((x) => x.criterionKey === r.key);
  const reviewer =
    r.override !== undefined
      ? t("table.overridden", {
          // English has always printed the engine's verdict codes here (FAIL → PASS).
          from: ctx.lang === "en" ? r.override.engineVerdict : t(`verdict.${r.override.engineVerdict}`),
          to: ctx.lang === "en" ? r.verdict : t(`verdict.${r.verdict}`),
          reason: r.override.reason,
        })
      : d === undefined
        ? "—"
        : d.decision === "ACCEPT"
          ? t("table.accepted")
          : d.comment
            ? t("table.rejectedBecause", { comment: d.comment })
            : t("table.rejected");
  const files = s.evidence
    .filter((e) => e.questionIds.some((q) => r.deciding.includes(q)))
    .map((e) => `E${idx.evidence.get(`${e.sha256}\u0000${e.fileName}`) ?? "?"}`);
  return [
    SCHEME_SHORT[r.scheme],
    meta?.id ?? r.key,
    meta?.title ?? "",
    t(`verdict.${r.verdict}`),
    shown.join("\n") || (r.stage === "scope" ? t("table.partNotApplicable") : "—"),
    reviewer,
    files.join(", ") || "—",
  ];
}

/** Consecutive criteria of one scheme part: an EN 18031 part ("18031-3:…" keys), or a whole other scheme. */
type TGroup = { key: string; rows: TCriterionResult[] };

function groups(rows: readonly TCriterionResult[]): TGroup[] {
  const out: TGroup[] = [];
  for (const r of rows) {
    const part = /^(18031-\d):/.exec(r.key)?.[1];
    const key = `${r.scheme}:${part ?? ""}`;
    const last = out[out.length - 1];
    if (last && last.key === key) last.rows.push(r);
    else out.push({ key, rows: [r] });
  }
  return out;
}

function groupTitle(ctx: TCtx, g: TGroup): string {
  const first = g.rows[0];
  if (!first) return "";
  const m = schemeModule(first.scheme);
  if (ctx.lang !== "en") {
    // EN 18031 parts (keys 18031-<part>:…) by their article, other schemes by their chart title, in the reader's words.
    const part = Number(/^18031-(\d):/.exec(first.key)?.[1]);
    const a = ctx.s.result.eu.articles.find((x) => x.part === part);
    if (part)
      return a
        ? ctx.t("table.euPartArticle", { part: String(part), article: a.article })
        : ctx.t("table.euPart", { part: String(part) });
    return chartTitle(m, ctx.lang);
  }
  return m.criteriaGroupTitle ? m.criteriaGroupTitle(first.key, ctx.s.result) : chartTitle(m);
}

export function drawCriteriaTable(ctx: TCtx): void {
  const { doc, s, t } = ctx;
  heading(ctx, t("table.heading"), { newPage: true });
  paragraph(
    ctx,
    t("table.intro", { evidenceColumn: t("table.col.evidence"), evidenceHeading: t("evidence.heading") }),
    { size: 8, color: C.muted },
  );
  header(ctx);
  const idx: TIndex = {
    criteria: new Map(ctx.text.criteria.map((c) => [c.key, c])),
    questions: new Map(ctx.text.questions.map((q) => [q.id, q])),
    evidence: evidenceNumbers(ctx),
  };
  const targets = new Set(s.assessment.targetSchemes);
  doc.font(F.regular).fontSize(SIZE);
  const oneLine = doc.heightOfString("X", { width: 100, lineGap: 0.5 });
  // Most cells are one line: measuring their width is much cheaper than running the line wrapper twice.
  const cellHeight = (v: string, w: number) =>
    !v.includes("\n") && doc.widthOfString(v) <= w
      ? oneLine
      : doc.heightOfString(v, { width: w, lineGap: 0.5 });
  let i = 0;
  const rule = () =>
    doc
      .moveTo(PAGE.left, doc.y)
      .lineTo(PAGE.left + tableWidth(), doc.y)
      .lineWidth(0.3)
      .stroke(C.rule);
  const newPageIfNeeded = (h: number) => {
    if (doc.y + h > CONTENT_BOTTOM) {
      doc.addPage();
      doc.y = PAGE.top;
      header(ctx);
    }
  };
  for (const g of groups(s.result.criteria.filter((r) => targets.has(r.scheme)))) {
    if (g.rows.every((r) => r.verdict === "NOT_APPLICABLE" && r.stage === "scope")) {
      const text = t("table.groupNotApplicable", { group: groupTitle(ctx, g), n: g.rows.length });
      const first = g.rows[0];
      const w = tableWidth() - COLS[0]!.width - 2 * PAD;
      doc.font(F.regular).fontSize(SIZE);
      const h = doc.heightOfString(text, { width: w, lineGap: 0.5 }) + 2 * PAD;
      newPageIfNeeded(h);
      const y = doc.y;
      if (i++ % 2 === 1) doc.rect(PAGE.left, y, tableWidth(), h).fill(C.zebra);
      doc
        .font(F.regular)
        .fontSize(SIZE)
        .fillColor(C.ink)
        .text(first ? SCHEME_SHORT[first.scheme] : "", PAGE.left + PAD, y + PAD, { lineBreak: false });
      doc
        .font(F.bold)
        .fillColor(C.muted)
        .text(text, PAGE.left + COLS[0]!.width + PAD, y + PAD, { width: w, lineGap: 0.5 });
      doc.y = y + h;
      rule();
      continue;
    }
    for (const r of g.rows) {
      const values = cells(ctx, idx, r);
      doc.font(F.regular).fontSize(SIZE);
      const h = Math.max(...values.map((v, j) => cellHeight(v, (COLS[j]?.width ?? 40) - 2 * PAD))) + 2 * PAD;
      newPageIfNeeded(h);
      const y = doc.y;
      if (i++ % 2 === 1) doc.rect(PAGE.left, y, tableWidth(), h).fill(C.zebra);
      let x = PAGE.left;
      values.forEach((v, j) => {
        const w = COLS[j]?.width ?? 40;
        const isVerdict = j === 3;
        doc
          .font(isVerdict || j === 1 ? F.bold : F.regular)
          .fontSize(SIZE)
          .fillColor(isVerdict ? VERDICT_COLOR[r.verdict] : C.ink)
          .text(v, x + PAD, y + PAD, { width: w - 2 * PAD, lineGap: 0.5 });
        x += w;
      });
      doc.y = y + h;
      rule();
    }
  }
  doc.y += 6;
}
