import { Resvg } from "@resvg/resvg-js";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TSchemeId } from "@/lib/schemes";
import { ARTWORK_WIDTH, renderArtworkSvg } from "./artwork";
import { FONT_FAMILY, fontPath } from "./fonts";

/**
 * PNG of the label artwork for packaging, rasterised by resvg (prebuilt native binary from npm, no download
 * step). Fonts are loaded from the bundled Noto Sans SC files only, never from the system, so the output is the
 * same on every machine and Chinese text renders offline. The PNG carries a pHYs chunk with its resolution, so
 * layout software places it at its printed size (70.6 × 45.9 mm).
 */

export const DEFAULT_PRINT_DPI = 300;

export type TArtworkPng = { png: Buffer; width: number; height: number; dpi: number };

/**
 * `widthMm` prints the artwork at another width (print sizes for packaging, lib/labels/print.ts): the pixels
 * grow with it at the same dpi, and the pHYs chunk still says the dpi, so the file is placed at that width.
 */
export function renderArtworkPng(
  s: TLabelSnapshot,
  scheme: TSchemeId,
  opts: { dpi?: number; widthMm?: number } = {},
): TArtworkPng {
  const dpi = opts.dpi ?? DEFAULT_PRINT_DPI;
  if (!Number.isFinite(dpi) || dpi < 72 || dpi > 2400) throw new Error("dpi must be between 72 and 2400");
  const widthIn = opts.widthMm === undefined ? ARTWORK_WIDTH / 72 : opts.widthMm / 25.4;
  if (!Number.isFinite(widthIn) || widthIn <= 0 || widthIn > 20) throw new Error("widthMm is out of range");
  const widthPx = Math.ceil(widthIn * dpi);
  const resvg = new Resvg(renderArtworkSvg(s, scheme), {
    fitTo: { mode: "width", value: widthPx },
    font: {
      fontFiles: [fontPath("regular"), fontPath("bold")],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
    },
    background: "#ffffff",
  });
  const img = resvg.render();
  return { png: withDpi(img.asPng(), dpi), width: img.width, height: img.height, dpi };
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Inserts a pHYs chunk (pixels per metre) right after IHDR, replacing none: resvg writes no pHYs. */
export function withDpi(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(13);
  data.write("pHYs", 0, "ascii");
  data.writeUInt32BE(ppm, 4);
  data.writeUInt32BE(ppm, 8);
  data.writeUInt8(1, 12); // unit: metre
  const chunk = Buffer.alloc(4 + 13 + 4);
  chunk.writeUInt32BE(9, 0);
  data.copy(chunk, 4);
  chunk.writeUInt32BE(crc32(data), 17);
  const ihdrEnd = 8 + 4 + 4 + 13 + 4; // signature + IHDR length, type, data, crc
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}
