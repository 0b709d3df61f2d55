import QRCode from "qrcode";

/**
 * QR codes as vector geometry (no raster): one SVG path of dark modules, drawn identically in the SVG artwork and
 * in the PDF. Error correction "Q" (25 % of codewords recoverable) because labels get scuffed, folded and
 * printed small on packaging; the URL is short enough that Q stays at a low symbol version.
 */

export const QR_ERROR_CORRECTION = "Q" as const;
/** Quiet zone in modules, as the QR specification requires (4) for reliable scanning. */
export const QR_QUIET_ZONE = 4;

export type TQrMatrix = { size: number; dark: (x: number, y: number) => boolean };

export function qrMatrix(text: string): TQrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: QR_ERROR_CORRECTION });
  const { size, data } = qr.modules;
  return { size, dark: (x, y) => data[y * size + x] === 1 };
}

/**
 * SVG path data in module units (0..size), horizontal runs merged so a 33×33 symbol is ~300 subpaths, not ~600
 * squares. The caller scales it; the quiet zone is the caller's white background around it.
 */
export function qrPath(m: TQrMatrix): string {
  const parts: string[] = [];
  for (let y = 0; y < m.size; y++) {
    let x = 0;
    while (x < m.size) {
      if (!m.dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < m.size && m.dark(x, y)) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  }
  return parts.join("");
}
