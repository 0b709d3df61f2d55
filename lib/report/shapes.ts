import { FONT_FAMILY } from "./fonts";

/**
 * A tiny display list shared by the SVG artwork and the PDF: the label is described once as shapes, then written
 * as SVG (for download and PNG rasterising) or drawn with pdfkit primitives (pdfkit cannot draw SVG), so the
 * printed label and the one in the report are the same drawing. Units are PDF points; y grows downwards.
 */

type TPaint = { fill?: string; stroke?: string; lineWidth?: number };
export type TShape =
  | ({ kind: "rect"; x: number; y: number; w: number; h: number; r?: number } & TPaint)
  | ({ kind: "circle"; cx: number; cy: number; r: number } & TPaint)
  /** SVG path data, optionally scaled and translated (pdfkit's doc.path() reads the same syntax). */
  | ({ kind: "path"; d: string; tx?: number; ty?: number; scale?: number } & TPaint)
  /** y is the alphabetic baseline. */
  | {
      kind: "text";
      x: number;
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      fill: string;
      anchor?: "start" | "middle" | "end";
    };

export type TDrawing = { width: number; height: number; shapes: TShape[] };

const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const n = (v: number) => (Math.round(v * 100) / 100).toString();

function paint(p: TPaint): string {
  const fill = ` fill="${p.fill ?? "none"}"`;
  const stroke = p.stroke
    ? ` stroke="${p.stroke}" stroke-width="${n(p.lineWidth ?? 1)}" stroke-linejoin="round"`
    : "";
  return fill + stroke;
}

export function toSvg(d: TDrawing, title: string): string {
  const body = d.shapes.map((s) => {
    switch (s.kind) {
      case "rect":
        return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}"${s.r ? ` rx="${n(s.r)}"` : ""}${paint(s)}/>`;
      case "circle":
        return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}"${paint(s)}/>`;
      case "path": {
        const tf =
          s.tx !== undefined || s.scale !== undefined
            ? ` transform="translate(${n(s.tx ?? 0)} ${n(s.ty ?? 0)}) scale(${n(s.scale ?? 1)})"`
            : "";
        // Keep the stroke width in drawing units when the path is scaled.
        const p = s.stroke && s.scale ? { ...s, lineWidth: (s.lineWidth ?? 1) / s.scale } : s;
        return `<path d="${s.d}"${tf}${paint(p)}/>`;
      }
      case "text": {
        const anchor = s.anchor && s.anchor !== "start" ? ` text-anchor="${s.anchor}"` : "";
        return `<text x="${n(s.x)}" y="${n(s.y)}" font-size="${n(s.size)}"${s.bold ? ` font-weight="700"` : ""}${anchor} fill="${s.fill}">${esc(s.text)}</text>`;
      }
    }
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(d.width)}pt" height="${n(d.height)}pt" viewBox="0 0 ${n(d.width)} ${n(d.height)}" font-family="${FONT_FAMILY}, 'Noto Sans CJK SC', sans-serif">`,
    `<title>${esc(title)}</title>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

/** pdfkit's document type (global PDFKit namespace declared by @types/pdfkit). */
export type TPdfCanvas = PDFKit.PDFDocument;

export function drawShapes(
  doc: TPdfCanvas,
  d: TDrawing,
  x: number,
  y: number,
  scale: number,
  fonts: { regular: string; bold: string },
): void {
  doc.save();
  doc.translate(x, y).scale(scale);
  for (const s of d.shapes) {
    doc.save();
    switch (s.kind) {
      case "rect":
        if (s.r) doc.roundedRect(s.x, s.y, s.w, s.h, s.r);
        else doc.rect(s.x, s.y, s.w, s.h);
        fillStroke(doc, s);
        break;
      case "circle":
        doc.circle(s.cx, s.cy, s.r);
        fillStroke(doc, s);
        break;
      case "path":
        doc.translate(s.tx ?? 0, s.ty ?? 0).scale(s.scale ?? 1);
        doc.path(s.d);
        fillStroke(doc, s.stroke && s.scale ? { ...s, lineWidth: (s.lineWidth ?? 1) / s.scale } : s);
        break;
      case "text": {
        doc
          .font(s.bold ? fonts.bold : fonts.regular)
          .fontSize(s.size)
          .fillColor(s.fill);
        const w = doc.widthOfString(s.text);
        const dx = s.anchor === "middle" ? -w / 2 : s.anchor === "end" ? -w : 0;
        doc.text(s.text, s.x + dx, s.y, { baseline: "alphabetic", lineBreak: false });
        break;
      }
    }
    doc.restore();
  }
  doc.restore();
}

function fillStroke(doc: TPdfCanvas, p: TPaint): void {
  if (p.stroke) doc.lineWidth(p.lineWidth ?? 1).lineJoin("round");
  if (p.fill && p.stroke) doc.fillAndStroke(p.fill, p.stroke);
  else if (p.fill) doc.fill(p.fill);
  else if (p.stroke) doc.stroke(p.stroke);
}
