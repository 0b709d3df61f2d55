import type { TTally } from "@/lib/scoring";
import { C, CONTENT_W, ensureSpace, F, PAGE, type TCtx } from "./layout";
import { fitText } from "./measure";
import type { TReportT } from "./words";

/** Simple vector charts drawn with pdfkit primitives (no raster, so they print sharp and cost no bytes). */

export type TSegment = { label: string; value: number; color: string };

/** The verdict segments of a tally; their labels (the legend's) in the report's words when `w` is given. */
export function tallySegments(t: TTally, w?: TReportT): TSegment[] {
  return [
    { label: w ? w("verdict.PASS") : "Pass", value: t.passing, color: C.pass },
    { label: w ? w("verdict.FAIL") : "Fail", value: t.failing, color: C.fail },
    { label: w ? w("verdict.UNANSWERED") : "Open", value: t.unanswered, color: C.open },
    { label: w ? w("verdict.NOT_APPLICABLE") : "N/A", value: t.notApplicable, color: C.na },
  ];
}

/** One horizontal stacked bar with its label on the left and counts inside the segments that have room. */
export function stackedBar(
  ctx: TCtx,
  label: string,
  segments: readonly TSegment[],
  opts: { labelWidth?: number; height?: number } = {},
): void {
  const { doc } = ctx;
  const labelW = opts.labelWidth ?? 150;
  const h = opts.height ?? 14;
  ensureSpace(ctx, h + 8);
  const y = doc.y;
  const x0 = PAGE.left + labelW;
  const w = CONTENT_W - labelW - 40;
  const total = segments.reduce((a, s) => a + s.value, 0);
  doc
    .font(F.regular)
    .fontSize(8.5)
    .fillColor(C.ink)
    .text(fitText(label, labelW - 8, 8.5), PAGE.left, y + (h - 9) / 2, { lineBreak: false });
  doc.rect(x0, y, w, h).fill("#eceff1");
  let x = x0;
  for (const s of segments) {
    if (s.value <= 0 || total === 0) continue;
    const sw = (s.value / total) * w;
    doc.rect(x, y, sw, h).fill(s.color);
    doc.font(F.bold).fontSize(7);
    const txt = String(s.value);
    if (doc.widthOfString(txt) + 4 < sw)
      doc
        .fillColor("#ffffff")
        .text(txt, x + (sw - doc.widthOfString(txt)) / 2, y + (h - 8) / 2, { lineBreak: false });
    x += sw;
  }
  doc
    .font(F.regular)
    .fontSize(8)
    .fillColor(C.muted)
    .text(String(total), x0 + w + 6, y + (h - 8.5) / 2, { lineBreak: false });
  doc.y = y + h + 6;
}

export function legend(ctx: TCtx, segments: readonly TSegment[]): void {
  const { doc } = ctx;
  ensureSpace(ctx, 16);
  const y = doc.y;
  let x = PAGE.left;
  doc.font(F.regular).fontSize(8);
  for (const s of segments) {
    doc.rect(x, y + 1.5, 8, 8).fill(s.color);
    doc.fillColor(C.ink).text(s.label, x + 11, y + 1, { lineBreak: false });
    x += 11 + doc.widthOfString(s.label) + 14;
  }
  doc.y = y + 16;
}

/** Progress bar "passing of required" for one China star level. */
export function levelBar(ctx: TCtx, label: string, passing: number, required: number, met: boolean): void {
  stackedBar(
    ctx,
    label,
    [
      { label: "Passing", value: passing, color: met ? C.pass : C.open },
      { label: "Missing", value: Math.max(required - passing, 0), color: "#d7dbdf" },
    ],
    { height: 12 },
  );
}

export function star(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number, filled: boolean): void {
  const pts: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? r : r * 0.4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push([cx + rad * Math.cos(a), cy + rad * Math.sin(a)]);
  }
  doc
    .polygon(...pts)
    .lineWidth(1)
    .fillAndStroke(filled ? "#d4a017" : "#ffffff", filled ? "#a07800" : C.na);
}
