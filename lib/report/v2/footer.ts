import { C, CONTENT_W, F, PAGE } from "../layout";
import { fitText } from "../measure";
import type { TCtx } from "./ctx";

/**
 * Running footer on every page, drawn after the content (pages are buffered) so "Page N of M" knows M. The public
 * code on every page ties a loose page back to its label.
 */
export function drawFooters(ctx: TCtx): void {
  const { doc, s, t } = ctx;
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let i = range.start; i < range.start + total; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page: lift the margin while drawing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - 40;
    doc
      .moveTo(PAGE.left, y - 6)
      .lineTo(PAGE.left + CONTENT_W, y - 6)
      .lineWidth(0.5)
      .stroke(C.rule);
    const pageText = t("footer.page", { page: String(i - range.start + 1), total: String(total) });
    doc.font(F.bold).fontSize(7.5).fillColor(C.ink);
    const pageW = doc.widthOfString(pageText);
    doc.text(pageText, PAGE.left + CONTENT_W - pageW, y, { lineBreak: false });
    doc.text(s.label.publicCode, PAGE.left, y, { lineBreak: false });
    const codeW = doc.widthOfString(s.label.publicCode);
    const middle = fitText(
      t("footer.middle", { model: s.product.modelName, lab: s.lab.name, url: s.label.publicUrl }),
      CONTENT_W - codeW - pageW - 30,
      7,
    );
    doc
      .font(F.regular)
      .fontSize(7)
      .fillColor(C.muted)
      .text(middle, PAGE.left + codeW + 12, y + 0.5, { lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
