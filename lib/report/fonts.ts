import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { create as createFont, type Font } from "fontkit";

/**
 * Fonts for the PDF and the artwork. pdfkit's 14 standard fonts have no CJK glyphs, so every text is set in
 * Noto Sans SC (SIL OFL 1.1, shipped as single static TTF files by the npm package @expo-google-fonts/noto-sans-sc;
 * its Latin glyphs are Source Sans-like, so one family covers both scripts). pdfkit embeds only the glyphs used
 * (a TrueType subset), which adds ~15–40 KB to a report. Files are read and parsed once per process: a parsed
 * fontkit font keeps its glyph and layout caches across documents, which more than halves the time per report.
 */

const PKG = "@expo-google-fonts/noto-sans-sc";
const FILES = {
  regular: "400Regular/NotoSansSC_400Regular.ttf",
  bold: "700Bold/NotoSansSC_700Bold.ttf",
} as const;
export type TFontWeight = keyof typeof FILES;
export const FONT_FAMILY = "Noto Sans SC";

function resolveFont(file: string): string {
  // Resolved at run time from the app's root: a bundler must not try to include the font files as modules
  // (Turbopack would trace `require.resolve` of a template and fail on .ttf), and the server and the tests both
  // run from the repository root.
  const candidates = [path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", PKG, file)];
  const hit = candidates.find((p) => existsSync(p));
  if (hit === undefined) throw new Error(`CJK font ${PKG}/${file} not found; run npm install`);
  return hit;
}

const cache = new Map<TFontWeight, { path: string; data: Buffer }>();

function load(weight: TFontWeight): { path: string; data: Buffer } {
  let hit = cache.get(weight);
  if (!hit) {
    const p = resolveFont(FILES[weight]);
    hit = { path: p, data: readFileSync(p) };
    cache.set(weight, hit);
  }
  return hit;
}

export function fontData(weight: TFontWeight): Buffer {
  return load(weight).data;
}

export function fontPath(weight: TFontWeight): string {
  return load(weight).path;
}

const parsed = new Map<TFontWeight, Font>();

/**
 * The parsed font, shared by every document of the process. pdfkit 0.20 accepts a fontkit font wherever it takes
 * a font file (PDFFontFactory.open uses any object with a layout() method); @types/pdfkit only lists file types,
 * hence the cast. Rendering is synchronous, so documents never interleave on the shared caches.
 */
export function pdfFont(weight: TFontWeight): PDFKit.Mixins.PDFFontSource {
  let font = parsed.get(weight);
  if (!font) {
    const f = createFont(fontData(weight));
    if ("fonts" in f) throw new Error("expected a single font, got a collection");
    font = f;
    parsed.set(weight, font);
  }
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}
