import { readFileSync } from "node:fs";
import path from "node:path";
import { create, type Font } from "fontkit";
import { describe, expect, it } from "vitest";
import { fontData } from "@/lib/report/fonts";
import { base128 } from "./woff2";
import { cmapTable, subsetWebFont, unicodeRange } from "./subset";
import { subsetFontFile, WEBFONT_MANIFEST, WEBFONT_WEIGHTS } from "./webfonts";
import { zhCharacters } from "./zh-characters";

/**
 * The committed Chinese web font subsets (npm run fonts:build) must draw every character the product writes in
 * Chinese: a new word in a zh-CN message or a catalog dictionary with a character outside the subset would show
 * the 10 MB fallback face's late swap (or a box) on Chinese pages, so it fails here until the subsets are rebuilt.
 */
const open = (b: Buffer): Font => {
  const f = create(b);
  if ("fonts" in f) throw new Error("collection");
  return f;
};
const WEIGHT = { "400": "regular", "700": "bold" } as const;
const chars = zhCharacters();
const css = readFileSync(path.join(process.cwd(), "app", "cjk-fonts.css"), "utf8");

/** Code points of `wanted` the font has no glyph for (glyph 0 is .notdef). */
const missingFrom = (font: Font, wanted: readonly number[]) =>
  wanted.filter((cp) => !font.hasGlyphForCodePoint(cp) || font.glyphForCodePoint(cp).id === 0);

/** Code points listed by a unicode-range value. */
function rangeSet(range: string): Set<number> {
  const out = new Set<number>();
  for (const part of range.split(",").map((x) => x.trim().replace(/^U\+/i, ""))) {
    const [a, b] = part.split("-").map((h) => parseInt(h, 16)) as [number, number | undefined];
    for (let c = a; c <= (b ?? a); c++) out.add(c);
  }
  return out;
}

describe("Chinese web font subsets", () => {
  it("collects the characters of the zh-CN messages, the catalog dictionaries and the source", () => {
    expect(chars.length).toBeGreaterThan(500);
    for (const word of ["网络安全标识", "个人信息保护法", "准则", "证据文件", "摘要与验证"])
      for (const ch of word) expect(chars, ch).toContain(ch.codePointAt(0));
    expect(chars.every((c) => c >= 0x2e80)).toBe(true);
  });

  it.each(WEBFONT_WEIGHTS)(
    "the %s subset has a glyph for every one of them, drawn as in the full face",
    (w) => {
      const file = subsetFontFile(WEBFONT_MANIFEST.files[w].file);
      expect(file).not.toBeNull();
      expect(file!.subarray(0, 4).toString("latin1")).toBe("wOF2");
      expect(file!.length).toBe(WEBFONT_MANIFEST.files[w].bytes);
      const subset = open(file!);
      const missing = missingFrom(subset, chars).map((c) => String.fromCodePoint(c));
      expect(missing, "run npm run fonts:build").toEqual([]);
      const full = open(fontData(WEIGHT[w]));
      for (const ch of "网络安全标识，。（）")
        expect(subset.glyphForCodePoint(ch.codePointAt(0)!).path.toSVG()).toBe(
          full.glyphForCodePoint(ch.codePointAt(0)!).path.toSVG(),
        );
      // Small enough to preload: the whole face is ~10 MB.
      expect(file!.length).toBeLessThan(fontData(WEIGHT[w]).length / 25);
    },
  );

  it("the stylesheet names the subsets with a unicode-range covering every character, the whole face after", () => {
    const faces = css.split("@font-face").slice(1);
    expect(faces).toHaveLength(4);
    for (const w of WEBFONT_WEIGHTS) {
      const face = faces.find((f) => f.includes(WEBFONT_MANIFEST.files[w].file));
      expect(face, w).toBeDefined();
      const range = rangeSet(/unicode-range:\s*([^;]+);/.exec(face!)![1]!);
      expect(chars.filter((c) => !range.has(c)).map((c) => String.fromCodePoint(c))).toEqual([]);
      // Declared after the whole face, so browsers try the subset first for these characters.
      expect(css.indexOf(WEBFONT_MANIFEST.files[w].file)).toBeGreaterThan(
        css.indexOf(`noto-sans-sc-${w}.ttf`),
      );
    }
  });

  it("finds a character that is not in the subset (what the test above would report)", () => {
    const subset = open(subsetFontFile(WEBFONT_MANIFEST.files["400"].file)!);
    const rare = 0x9f98; // 龘, in the full face, written nowhere in the product
    expect(chars).not.toContain(rare);
    expect(open(fontData("regular")).hasGlyphForCodePoint(rare)).toBe(true);
    expect(missingFrom(subset, [...chars, rare])).toEqual([rare]);
  });

  it("builds the same bytes again from the same characters (deterministic subsetting and WOFF2)", () => {
    // The characters the committed file was built from are those of its unicode-range.
    const face = css.split("@font-face").find((f) => f.includes(WEBFONT_MANIFEST.files["400"].file))!;
    const built = [...rangeSet(/unicode-range:\s*([^;]+);/.exec(face)![1]!)];
    const again = subsetWebFont(fontData("regular"), built);
    expect(again.missing).toEqual([]);
    const committed = subsetFontFile(WEBFONT_MANIFEST.files["400"].file)!;
    expect(again.woff2.equals(committed), "run npm run fonts:build").toBe(true);
  });
});

describe("WOFF2 and cmap writers", () => {
  it("encodes UIntBase128 as the spec's examples", () => {
    expect([...base128(0)]).toEqual([0]);
    expect([...base128(127)]).toEqual([127]);
    expect([...base128(128)]).toEqual([0x81, 0]);
    expect([...base128(16384)]).toEqual([0x81, 0x80, 0]);
    expect(() => base128(-1)).toThrow();
  });

  it("maps characters in and beyond the BMP", () => {
    const cmap = cmapTable([
      [0x4e2d, 1],
      [0x4e2e, 2],
      [0x6587, 3],
      [0x20000, 4],
    ]);
    expect(cmap.readUInt16BE(2)).toBe(2); // two subtables: format 4 and format 12
    expect(unicodeRange([0x4e2e, 0x4e2d, 0x6587])).toBe("U+4E2D-4E2E, U+6587");
  });
});
