import type { TLocale } from "@/lib/i18n/locales";
import type { TLabelSnapshot, TSnapshotCatalogText } from "@/lib/labels/snapshot-types";
import type { TReportT } from "./words";

/**
 * Page geometry, palette and the small flow helpers every report section uses.
 *
 * Shared by every layout version (lib/report/v1, v2): a change here changes the bytes of reports already issued,
 * which lib/report/golden.test.ts refuses. Put new behaviour in the newest layout's own files instead.
 */

export type TReportSignature = { signature: string; digest: string; keyId: string };

export type TCtx<S extends TLabelSnapshot = TLabelSnapshot> = {
  doc: PDFKit.PDFDocument;
  s: S;
  text: TSnapshotCatalogText;
  digest: string;
  signature: TReportSignature | null;
  /** The reader's language (format 1 is English only); `text` is already in it. */
  lang: TLocale;
  /** The report's words in `lang` (messages/<lang>/report.json). */
  t: TReportT;
};

export const PAGE = { width: 595.28, height: 841.89, top: 50, left: 48, right: 48, bottom: 64 } as const;
export const CONTENT_W = PAGE.width - PAGE.left - PAGE.right;
/** Lowest y the flowing content may reach; the footer lives below it. */
export const CONTENT_BOTTOM = PAGE.height - PAGE.bottom;

export const C = {
  ink: "#1a1a1a",
  muted: "#5f6368",
  rule: "#c4c7c5",
  zebra: "#f3f5f7",
  accent: "#1f3a93",
  pass: "#1e7d34",
  fail: "#b3261e",
  open: "#c77700",
  na: "#9aa0a6",
} as const;

export const F = { regular: "regular", bold: "bold" } as const;

export function ensureSpace(ctx: TCtx, height: number): void {
  if (ctx.doc.y + height > CONTENT_BOTTOM) {
    ctx.doc.addPage();
    ctx.doc.y = PAGE.top;
  }
}

export function heading(ctx: TCtx, title: string, opts: { newPage?: boolean } = {}): void {
  const { doc } = ctx;
  if (opts.newPage) {
    doc.addPage();
    doc.y = PAGE.top;
  } else {
    ensureSpace(ctx, 90); // never strand a heading at the bottom of a page
    if (doc.y > PAGE.top) doc.y += 14;
  }
  doc.font(F.bold).fontSize(15).fillColor(C.accent).text(title, PAGE.left, doc.y, { width: CONTENT_W });
  const y = doc.y + 2;
  doc.rect(PAGE.left, y, CONTENT_W, 1).fill(C.accent);
  doc.y = y + 8;
}

export function subheading(ctx: TCtx, title: string): void {
  ensureSpace(ctx, 60);
  ctx.doc.y += 6;
  ctx.doc.font(F.bold).fontSize(11).fillColor(C.ink).text(title, PAGE.left, ctx.doc.y, { width: CONTENT_W });
  ctx.doc.y += 3;
}

export function paragraph(
  ctx: TCtx,
  text: string,
  opts: { size?: number; color?: string; bold?: boolean; indent?: number } = {},
): void {
  const { doc } = ctx;
  const size = opts.size ?? 9;
  const indent = opts.indent ?? 0;
  doc.font(opts.bold ? F.bold : F.regular).fontSize(size);
  const h = doc.heightOfString(text, { width: CONTENT_W - indent, lineGap: 1.5 });
  ensureSpace(ctx, Math.min(h, 120));
  doc
    .fillColor(opts.color ?? C.ink)
    .text(text, PAGE.left + indent, doc.y, { width: CONTENT_W - indent, lineGap: 1.5 });
  doc.y += 3;
}

/** Two-column facts table; values wrap, labels stay on one line. */
export function keyValues(ctx: TCtx, rows: readonly (readonly [string, string])[], labelWidth = 150): void {
  const { doc } = ctx;
  const valueW = CONTENT_W - labelWidth - 8;
  rows.forEach(([label, value], i) => {
    doc.font(F.regular).fontSize(9);
    const h = Math.max(doc.heightOfString(value, { width: valueW, lineGap: 1 }), 11) + 6;
    ensureSpace(ctx, h);
    const y = doc.y;
    if (i % 2 === 0) doc.rect(PAGE.left, y, CONTENT_W, h).fill(C.zebra);
    doc
      .font(F.bold)
      .fontSize(8.5)
      .fillColor(C.muted)
      .text(label, PAGE.left + 4, y + 3, { width: labelWidth - 4, lineBreak: false });
    doc
      .font(F.regular)
      .fontSize(9)
      .fillColor(C.ink)
      .text(value, PAGE.left + labelWidth + 4, y + 3, { width: valueW, lineGap: 1 });
    doc.y = y + h;
  });
  doc.y += 4;
}

export function bullets(ctx: TCtx, items: readonly string[], opts: { size?: number } = {}): void {
  const { doc } = ctx;
  const size = opts.size ?? 8.5;
  for (const item of items) {
    doc.font(F.regular).fontSize(size);
    const h = doc.heightOfString(item, { width: CONTENT_W - 14, lineGap: 1 });
    ensureSpace(ctx, h + 2);
    const y = doc.y;
    doc.fillColor(C.muted).text("•", PAGE.left + 2, y, { lineBreak: false });
    doc.fillColor(C.ink).text(item, PAGE.left + 14, y, { width: CONTENT_W - 14, lineGap: 1 });
    doc.y += 2;
  }
}
