import { create as createFont, type Font } from "fontkit";
import { encodeWoff2 } from "./woff2";

/**
 * A web font with only the given characters: fontkit's TrueType subset (glyf, loca, hmtx, hhea, maxp, head and the
 * hinting tables, composite glyphs' parts included) plus what a browser needs besides (cmap for the characters,
 * and OS/2, name and post from the original), written as WOFF2. Layout tables (GSUB/GPOS) and vertical metrics are
 * left out: horizontal Chinese text needs neither.
 */

/** The tables of an sfnt (TrueType) file by tag. */
export function sfntTables(file: Buffer): Map<string, Buffer> {
  const n = file.readUInt16BE(4);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < n; i++) {
    const rec = 12 + 16 * i;
    const tag = file.toString("latin1", rec, rec + 4);
    const offset = file.readUInt32BE(rec + 8);
    const length = file.readUInt32BE(rec + 12);
    out.set(tag, Buffer.from(file.subarray(offset, offset + length)));
  }
  return out;
}

type TMapping = readonly (readonly [codePoint: number, glyph: number])[];

/** cmap with a Windows BMP (format 4) and a Windows full-repertoire (format 12) subtable. */
export function cmapTable(mapping: TMapping): Buffer {
  const sorted = [...mapping].sort((a, b) => a[0] - b[0]);
  // Runs of consecutive code points mapped to consecutive glyphs.
  const runs: { start: number; end: number; glyph: number }[] = [];
  for (const [cp, g] of sorted) {
    const last = runs[runs.length - 1];
    if (last && cp === last.end + 1 && g === last.glyph + (cp - last.start)) last.end = cp;
    else runs.push({ start: cp, end: cp, glyph: g });
  }
  const bmp = runs.filter((r) => r.end <= 0xfffe);
  const segs = [...bmp, { start: 0xffff, end: 0xffff, glyph: 0 }];
  const segX2 = segs.length * 2;
  const searchRange = 2 * 2 ** Math.floor(Math.log2(segs.length));
  const f4 = Buffer.alloc(16 + segs.length * 8);
  f4.writeUInt16BE(4, 0);
  f4.writeUInt16BE(f4.length, 2);
  f4.writeUInt16BE(0, 4); // language
  f4.writeUInt16BE(segX2, 6);
  f4.writeUInt16BE(searchRange, 8);
  f4.writeUInt16BE(Math.log2(searchRange / 2), 10);
  f4.writeUInt16BE(segX2 - searchRange, 12);
  segs.forEach((s, i) => {
    f4.writeUInt16BE(s.end, 14 + 2 * i);
    f4.writeUInt16BE(s.start, 16 + segX2 + 2 * i);
    // idDelta: glyph = (code + delta) mod 65536; the final 0xFFFF segment maps to glyph 0 (delta 1).
    f4.writeUInt16BE(s.start === 0xffff ? 1 : (s.glyph - s.start + 0x10000) & 0xffff, 16 + 2 * segX2 + 2 * i);
    f4.writeUInt16BE(0, 16 + 3 * segX2 + 2 * i); // idRangeOffset
  });
  const f12 = Buffer.alloc(16 + runs.length * 12);
  f12.writeUInt16BE(12, 0);
  f12.writeUInt32BE(f12.length, 4);
  f12.writeUInt32BE(runs.length, 12);
  runs.forEach((r, i) => {
    f12.writeUInt32BE(r.start, 16 + 12 * i);
    f12.writeUInt32BE(r.end, 20 + 12 * i);
    f12.writeUInt32BE(r.glyph, 24 + 12 * i);
  });
  const head = Buffer.alloc(4 + 2 * 8);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(2, 2);
  head.writeUInt16BE(3, 4); // Windows, Unicode BMP
  head.writeUInt16BE(1, 6);
  head.writeUInt32BE(head.length, 8);
  head.writeUInt16BE(3, 12); // Windows, Unicode full repertoire
  head.writeUInt16BE(10, 14);
  head.writeUInt32BE(head.length + f4.length, 16);
  return Buffer.concat([head, f4, f12]);
}

/** post version 3.0: the original's metrics, no glyph names. */
function postV3(post: Buffer): Buffer {
  const out = Buffer.from(post.subarray(0, 32));
  out.writeUInt32BE(0x00030000, 0);
  return out;
}

export type TWebFontSubset = { woff2: Buffer; codePoints: number[]; missing: number[] };

/** The WOFF2 subset of `fontFile` (a TrueType font) for the code points it has glyphs for. */
export function subsetWebFont(fontFile: Buffer, codePoints: Iterable<number>): TWebFontSubset {
  const parsed = createFont(fontFile);
  if ("fonts" in parsed) throw new Error("expected a single font, got a collection");
  const font: Font = parsed;
  const original = sfntTables(fontFile);
  const wanted = [...new Set(codePoints)].sort((a, b) => a - b);
  const present = wanted.filter((cp) => font.hasGlyphForCodePoint(cp));
  const missing = wanted.filter((cp) => !font.hasGlyphForCodePoint(cp));
  const subset = font.createSubset();
  // includeGlyph returns the glyph's id in the subset (@types/fontkit says boolean).
  const mapping: [number, number][] = present.map((cp) => [
    cp,
    subset.includeGlyph(font.glyphForCodePoint(cp)) as unknown as number,
  ]);
  const ttf = Buffer.from(subset.encode());
  const tables = sfntTables(ttf);
  tables.set("cmap", cmapTable(mapping));
  for (const tag of ["OS/2", "name"]) {
    const t = original.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    tables.set(tag, t);
  }
  const post = original.get("post");
  if (!post) throw new Error("font has no post table");
  tables.set("post", postV3(post));
  return { woff2: encodeWoff2(tables), codePoints: present, missing };
}

/** CSS unicode-range for a set of code points ("U+4E00-4E01, U+4E03…"), consecutive ones as one range. */
export function unicodeRange(codePoints: readonly number[]): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  const hex = (n: number) => n.toString(16).toUpperCase();
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(", ");
}
