import PDFDocument from "pdfkit";
import { pdfFont } from "./fonts";

/**
 * Exact text widths with the embedded fonts, from one pdfkit document that is never written out. The artwork is
 * built once as geometry and must fit the same way in SVG, PNG and PDF; measuring with the very font files all
 * three use makes "fits" mean the same thing everywhere.
 */

let measurer: PDFKit.PDFDocument | null = null;

function doc(): PDFKit.PDFDocument {
  if (measurer === null) {
    measurer = new PDFDocument({ autoFirstPage: false });
    measurer.registerFont("regular", pdfFont("regular"));
    measurer.registerFont("bold", pdfFont("bold"));
  }
  return measurer;
}

export function textWidth(text: string, size: number, bold = false): number {
  return doc()
    .font(bold ? "bold" : "regular")
    .fontSize(size)
    .widthOfString(text);
}

/** Shortens with an ellipsis until the text fits in maxWidth. */
export function fitText(text: string, maxWidth: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= maxWidth) return text;
  const chars = Array.from(text);
  const cut = (n: number) => `${chars.slice(0, n).join("").trimEnd()}…`;
  // Binary search for the longest prefix that fits (widths grow monotonically with the prefix).
  let lo = 1;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(cut(mid), size, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return cut(lo);
}
