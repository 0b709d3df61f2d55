// Files a manufacturer drops into packaging artwork: the label artwork and the bare QR code, each as SVG (vector,
// any size) and PNG (300 dpi with its physical size in the pHYs chunk), in three print sizes. Everything is drawn
// from the signed snapshot only, so the same label always gives the same bytes.
import QRCode from "qrcode";
import { z } from "zod";
import { ARTWORK_HEIGHT, ARTWORK_WIDTH } from "@/lib/report/artwork";
import { DEFAULT_PRINT_DPI, withDpi } from "@/lib/report/artwork-png";
import { qrMatrix, qrPath, QR_ERROR_CORRECTION, QR_QUIET_ZONE } from "@/lib/report/qr";
import type { TSchemeId } from "@/lib/schemes";
import { labelPaths, SCHEME_SLUG, type TArtworkFormat } from "./public-urls";

export const PRINT_SIZES = ["small", "medium", "large"] as const;
export type TPrintSize = (typeof PRINT_SIZES)[number];

/**
 * Printed widths in millimetres. The artwork's own size (200 × 140 pt = 70.6 × 49.4 mm) is "medium"; small still
 * keeps the 4.8 pt disclaimer above 3.4 pt, about the smallest text a package insert prints legibly. The QR code's
 * smallest size keeps a module (a version-5 symbol with its quiet zone is 45 modules wide) above 0.33 mm, which
 * phone cameras read at arm's length; large suits a box front.
 */
export const PRINT_SIZE_MM: Record<TPrintSize, { artwork: number; qr: number }> = {
  small: { artwork: 50, qr: 15 },
  medium: { artwork: 70, qr: 20 },
  large: { artwork: 100, qr: 30 },
};

export const PRINT_SIZE_LABEL: Record<TPrintSize, string> = {
  small: "Small",
  medium: "Medium",
  large: "Large",
};

/** `?size=` of the artwork and QR routes: absent means the artwork's native size (and "medium" for the QR). */
export const ZPrintQuery = z.object({
  size: z.enum(PRINT_SIZES, { message: `size must be one of ${PRINT_SIZES.join(", ")}` }).optional(),
});

export function parsePrintQuery(
  url: string,
): { ok: true; size: TPrintSize | undefined } | { ok: false; message: string } {
  const params = new URL(url).searchParams;
  const all = params.getAll("size");
  if (all.length > 1) return { ok: false, message: "Give size once." };
  const parsed = ZPrintQuery.safeParse({ size: all[0] });
  return parsed.success
    ? { ok: true, size: parsed.data.size }
    : { ok: false, message: parsed.error.issues[0]?.message ?? "Invalid size." };
}

const mm = (v: number) => `${Math.round(v * 100) / 100}mm`;

/** Gives an SVG (our own drawing, root element first) a printed size; the viewBox keeps the drawing intact. */
export function svgAtWidth(svg: string, widthMm: number, aspect: number): string {
  const root = /^<svg ([^>]*?)width="[^"]*" height="[^"]*"/;
  if (!root.test(svg)) throw new Error("unexpected SVG root element");
  return svg.replace(root, `<svg $1width="${mm(widthMm)}" height="${mm(widthMm * aspect)}"`);
}

export function artworkSvgAt(svg: string, size: TPrintSize): string {
  return svgAtWidth(svg, PRINT_SIZE_MM[size].artwork, ARTWORK_HEIGHT / ARTWORK_WIDTH);
}

/** The bare QR code as SVG, the same symbol (error correction, quiet zone) as in the artwork and the report. */
export function qrSvg(url: string, size: TPrintSize = "medium"): string {
  const m = qrMatrix(url);
  const total = m.size + 2 * QR_QUIET_ZONE;
  const side = mm(PRINT_SIZE_MM[size].qr);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges">`,
    `<title>QR code: ${url.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</title>`,
    `<rect width="${total}" height="${total}" fill="#ffffff"/>`,
    `<path transform="translate(${QR_QUIET_ZONE} ${QR_QUIET_ZONE})" d="${qrPath(m)}" fill="#000000"/>`,
    "</svg>",
    "",
  ].join("\n");
}

/** The QR code as PNG at 300 dpi, sharp-edged (each module a block of whole pixels, give or take one). */
export async function qrPng(url: string, size: TPrintSize = "medium"): Promise<Buffer> {
  const px = Math.round((PRINT_SIZE_MM[size].qr / 25.4) * DEFAULT_PRINT_DPI);
  const png = await QRCode.toBuffer(url, {
    type: "png",
    errorCorrectionLevel: QR_ERROR_CORRECTION,
    margin: QR_QUIET_ZONE,
    width: px,
    color: { dark: "#000000ff", light: "#ffffffff" },
  });
  return withDpi(png, DEFAULT_PRINT_DPI);
}

export const QR_FORMATS = ["svg", "png"] as const;
export type TQrFormat = (typeof QR_FORMATS)[number];

/** Paths of the print files (relative to the app's origin). */
export function printPaths(code: string) {
  const base = labelPaths(code);
  const q = (size?: TPrintSize) => (size ? `?size=${size}` : "");
  return {
    artwork: (scheme: TSchemeId, format: TArtworkFormat, size?: TPrintSize) =>
      `${base.artwork(scheme, format)}${q(size)}`,
    qr: (format: TQrFormat, size?: TPrintSize) => `/r/${code}/qr.${format}${q(size)}`,
  };
}

export function printFileName(
  code: string,
  what: { scheme: TSchemeId } | "qr",
  format: string,
  size?: TPrintSize,
) {
  const part = what === "qr" ? "qr" : SCHEME_SLUG[what.scheme];
  return `cyberlabel-${code}-${part}${size ? `-${size}` : ""}.${format}`;
}
