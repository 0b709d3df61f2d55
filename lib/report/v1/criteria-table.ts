import type { TCriterionResult, TVerdict } from "@/lib/scoring";
import { perScheme } from "@/lib/schemes/registry";
import { C, CONTENT_BOTTOM, F, heading, PAGE, paragraph, type TCtx as TCtxAny } from "../layout";
import { answerText, VERDICT_TEXT } from "../text";
import type { TLabelSnapshotV1 } from "@/lib/labels/snapshot-types";

type TCtx = TCtxAny<TLabelSnapshotV1>;

/**
 * The per-criterion table: one row per criterion in catalog order, header repeated on every page, rows never split
 * across pages (a row is measured first, then drawn where it fits whole).
 */

type TCol = { title: string; width: number };
const COLS: TCol[] = [
  { title: "Sch.", width: 30 },
  { title: "Criterion", width: 68 },
  { title: "Title", width: 104 },
  { title: "Verdict", width: 34 },
  { title: "Deciding answers", width: 128 },
  { title: "Reviewer", width: 70 },
  { title: "Evidence SHA-256", width: 65 },
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
      .text(c.title, x + PAD, y + 3.5, { width: c.width - 2 * PAD, lineBreak: false });
    x += c.width;
  }
  doc.y = y + 14;
}

const tableWidth = () => COLS.reduce((a, c) => a + c.width, 0);

type TIndex = {
  criteria: Map<string, { id: string; title: string }>;
  questions: Map<string, { label: string; unit?: string }>;
};

function cells(ctx: TCtx, idx: TIndex, r: TCriterionResult): string[] {
  const { s } = ctx;
  const meta = idx.criteria.get(r.key);
  const qLabel = (id: string) => idx.questions.get(id);
  const shown = r.deciding.slice(0, 3).map((id) => {
    const q = qLabel(id);
    return `${q?.label ?? id}: ${answerText(s.answers[id], q?.unit)}`;
  });
  if (r.deciding.length > 3) shown.push(`+${r.deciding.length - 3} more`);
  const d = s.decisions.find((x) => x.criterionKey === r.key);
  const reviewer =
    r.override !== undefined
      ? `Overridden ${r.override.engineVerdict} → ${r.verdict}: ${r.override.reason}`
      : d === undefined
        ? "—"
        : d.decision === "ACCEPT"
          ? "Accepted"
          : `Rejected${d.comment ? `: ${d.comment}` : ""}`;
  const ev = s.evidence
    .filter((e) => r.deciding.includes(e.questionId))
    .map((e) => `${e.sha256.slice(0, 12)}…`);
  return [
    SCHEME_SHORT[r.scheme],
    meta?.id ?? r.key,
    meta?.title ?? "",
    VERDICT_TEXT[r.verdict],
    shown.join("\n") || (r.stage === "scope" ? "scheme part not applicable" : "—"),
    reviewer,
    ev.join("\n") || "—",
  ];
}

export function drawCriteriaTable(ctx: TCtx): void {
  const { doc, s } = ctx;
  heading(ctx, "Criteria", { newPage: true });
  paragraph(
    ctx,
    "Every criterion of the target schemes in catalog order, with the answers that decided its verdict and the reviewer's decision. " +
      "Evidence hashes are the first 12 hex digits of the SHA-256 of files attached to those answers; full hashes are listed under “Evidence files”.",
    { size: 8, color: C.muted },
  );
  header(ctx);
  const idx: TIndex = {
    criteria: new Map(ctx.text.criteria.map((c) => [c.key, c])),
    questions: new Map(ctx.text.questions.map((q) => [q.id, q])),
  };
  const targets = new Set(s.assessment.targetSchemes);
  doc.font(F.regular).fontSize(SIZE);
  const oneLine = doc.heightOfString("X", { width: 100, lineGap: 0.5 });
  // Most cells are one line: measuring their width is much cheaper than running the line wrapper twice.
  const cellHeight = (v: string, w: number) =>
    !v.includes("\n") && doc.widthOfString(v) <= w
      ? oneLine
      : doc.heightOfString(v, { width: w, lineGap: 0.5 });
  s.result.criteria
    .filter((r) => targets.has(r.scheme))
    .forEach((r, i) => {
      const values = cells(ctx, idx, r);
      doc.font(F.regular).fontSize(SIZE);
      const h = Math.max(...values.map((v, j) => cellHeight(v, (COLS[j]?.width ?? 40) - 2 * PAD))) + 2 * PAD;
      if (doc.y + h > CONTENT_BOTTOM) {
        doc.addPage();
        doc.y = PAGE.top;
        header(ctx);
      }
      const y = doc.y;
      if (i % 2 === 1) doc.rect(PAGE.left, y, tableWidth(), h).fill(C.zebra);
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
      doc
        .moveTo(PAGE.left, doc.y)
        .lineTo(PAGE.left + tableWidth(), doc.y)
        .lineWidth(0.3)
        .stroke(C.rule);
    });
  doc.y += 6;
}
