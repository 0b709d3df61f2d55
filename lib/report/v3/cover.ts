import { inRegistryOrder } from "@/lib/schemes/registry";
import { artworkDrawing } from "../artwork";
import { C, CONTENT_W, F, PAGE } from "../layout";
import { textWidth } from "../measure";
import { qrMatrix, qrPath, QR_QUIET_ZONE } from "../qr";
import { drawShapes } from "../shapes";
import { coverModelLine, drawIdentityStrip } from "../v2/cover";
import type { TCtx } from "../v2/ctx";
import { coverGrid, type TBox } from "./cover-layout";

/** Lines the cover gives the product name and the manufacturer at most (the facts page prints them in full). */
const NAME_LINES = 3;
const MAKER_LINES = 2;
const NOTE_SIZE = 8;
const NOTE_GAP = 1.5;

/**
 * Page 1 of a format-3 report: the product, who assessed it, the artwork per scheme, the QR code to the public page
 * and the disclaimer note, laid out by coverGrid so that none of them overlaps another or the footer for one to six
 * schemes. The header is bounded (the name in three lines at most, the maker in two) so the grid always has room.
 */
export function drawCover(ctx: TCtx): void {
  const { doc, s, t } = ctx;
  const L = PAGE.left;
  doc.rect(0, 0, PAGE.width, 8).fill(C.accent);
  doc
    .font(F.bold)
    .fontSize(10)
    .fillColor(C.accent)
    .text(t("cover.kicker"), L, 34, { width: CONTENT_W, characterSpacing: 1, lineBreak: false });
  bounded(ctx, s.product.modelName, { bold: true, size: 22, color: C.ink, lines: NAME_LINES, y: 54 });
  const model = coverModelLine(ctx);
  bounded(ctx, model, { size: 10.5, color: C.muted, lines: 1, y: doc.y + 2 });
  bounded(ctx, s.manufacturer.name, { size: 11, color: C.ink, lines: MAKER_LINES, y: doc.y + 4 });

  const y0 = doc.y + 12;
  const stripH = drawIdentityStrip(ctx, y0);

  const note = t("cover.note", { verification: t("verification.heading") });
  const schemes = inRegistryOrder(s.assessment.targetSchemes);
  const grid = coverGrid(schemes.length, y0 + stripH + 18, (width) => {
    doc.font(F.regular).fontSize(NOTE_SIZE);
    return doc.heightOfString(note, { width, lineGap: NOTE_GAP });
  });
  schemes.forEach((sc, i) => {
    const b = grid.artworks[i]!;
    drawShapes(doc, artworkDrawing(s, sc), b.x, b.y, grid.scale, F);
  });
  drawPublicQr(ctx, grid.qr);
  doc
    .font(F.regular)
    .fontSize(NOTE_SIZE)
    .fillColor(C.muted)
    .text(note, grid.note.x, grid.note.y, { width: grid.note.w, lineGap: NOTE_GAP });
}

/** Text across the content width in at most `lines` lines, the last one ending in "…" when it is cut. */
function bounded(
  ctx: TCtx,
  text: string,
  o: { size: number; color: string; lines: number; y: number; bold?: boolean },
): void {
  const { doc } = ctx;
  doc
    .font(o.bold ? F.bold : F.regular)
    .fontSize(o.size)
    .fillColor(o.color);
  const height = o.lines * doc.currentLineHeight(true) + 0.5;
  doc.text(text, PAGE.left, o.y, { width: CONTENT_W, height, ellipsis: true });
}

/** The largest size up to `max` at which `text` fits `width` on one line. */
function sizeToFit(text: string, width: number, max: number, bold: boolean): number {
  const w = textWidth(text, max, bold);
  return w <= width ? max : Math.floor(((max * width) / w) * 100) / 100;
}

function drawPublicQr(ctx: TCtx, b: TBox): void {
  const { doc, s, t } = ctx;
  doc.roundedRect(b.x, b.y, b.w, b.h, 8).lineWidth(1).stroke(C.rule);
  const m = qrMatrix(s.label.publicUrl);
  const box = b.h - 44;
  const mod = box / (m.size + 2 * QR_QUIET_ZONE);
  const qx = b.x + (b.w - box) / 2;
  doc.save();
  doc.translate(qx + QR_QUIET_ZONE * mod, b.y + 8 + QR_QUIET_ZONE * mod).scale(mod);
  doc.path(qrPath(m)).fill("#000000");
  doc.restore();
  // One line each, whatever the box's width: a long public URL is set smaller, never wrapped out of the box.
  const line = (text: string, y: number, max: number, bold: boolean, color: string, link?: string) => {
    const size = sizeToFit(text, b.w - 16, max, bold);
    const w = textWidth(text, size, bold);
    doc
      .font(bold ? F.bold : F.regular)
      .fontSize(size)
      .fillColor(color)
      .text(text, b.x + (b.w - w) / 2, y, { lineBreak: false, ...(link ? { link } : {}) });
  };
  line(t("cover.qrTitle"), b.y + b.h - 34, 8, true, C.ink);
  line(s.label.publicUrl, b.y + b.h - 21, 7, false, C.accent, s.label.publicUrl);
}
