import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { pdfFont } from "../fonts";
import { CONTENT_BOTTOM, CONTENT_W, PAGE } from "../layout";
import { reportT } from "../words";
import { BOTTOM_ROOM, coverGrid, MAX_SCALE, MIN_SCALE, type TBox } from "./cover-layout";

/**
 * The format-3 cover grid for every scheme count and any header height the cover allows (its name and maker lines
 * are bounded, ./cover.ts): every box inside the content area, none overlapping another. The note is measured as
 * the cover sets it (8 pt, line gap 1.5, the embedded font) in both languages. The drawn PDF is checked against the
 * same promises by lib/report/report-cover.test.ts.
 */
const doc = new PDFDocument({ autoFirstPage: false });
doc.registerFont("regular", pdfFont("regular"));
const noteHeight = (lang: "en" | "zh-CN") => (width: number) => {
  const t = reportT(lang);
  doc.font("regular").fontSize(8);
  return doc.heightOfString(t("cover.note", { verification: t("verification.heading") }), {
    width,
    lineGap: 1.5,
  });
};
const apart = (a: TBox, b: TBox) =>
  a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
const inside = (b: TBox, top: number) =>
  b.x >= PAGE.left &&
  b.x + b.w <= PAGE.left + CONTENT_W + 1e-9 &&
  b.y >= top &&
  b.y + b.h <= CONTENT_BOTTOM - BOTTOM_ROOM;

// 209: the fixture's header (one-line name, accreditation strip); 287: three name lines and two maker lines.
const TOPS = [171, 209, 250, 287];

describe("the format-3 cover grid", () => {
  for (const lang of ["en", "zh-CN"] as const)
    for (const top of TOPS)
      it.each([0, 1, 2, 3, 4, 5, 6])(
        `%i scheme(s) from y=${top} in ${lang}: inside the page, all apart`,
        (n) => {
          const g = coverGrid(n, top, noteHeight(lang));
          const boxes = [...g.artworks, g.qr, g.note];
          expect(g.artworks).toHaveLength(n);
          for (const b of boxes) expect(inside(b, top), JSON.stringify(b)).toBe(true);
          boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(apart(a, b)).toBe(true)));
          expect(g.scale).toBeGreaterThanOrEqual(MIN_SCALE);
          expect(g.scale).toBeLessThanOrEqual(MAX_SCALE);
        },
      );

  it("keeps format 2's artwork size up to four schemes, and shrinks it only as far as needed", () => {
    for (const n of [1, 2, 3, 4]) expect(coverGrid(n, 209, noteHeight("en")).scale).toBe(MAX_SCALE);
    const five = coverGrid(5, 209, noteHeight("en"));
    const six = coverGrid(6, 209, noteHeight("en"));
    expect(five.scale).toBeLessThan(MAX_SCALE);
    expect(six.scale).toBeLessThan(five.scale);
    expect(six.scale).toBeGreaterThan(0.85);
    // A taller header leaves less room: the artwork gets smaller, never the boxes closer.
    expect(coverGrid(6, 287, noteHeight("en")).scale).toBeLessThan(six.scale);
  });

  it("puts the note beside the QR box with an even number of schemes, under the grid with an odd one", () => {
    for (const n of [2, 4, 6]) {
      const g = coverGrid(n, 209, noteHeight("zh-CN"));
      expect(g.note.y).toBe(g.qr.y);
      expect(g.note.x).toBeGreaterThan(g.qr.x + g.qr.w);
    }
    for (const n of [1, 3, 5]) {
      const g = coverGrid(n, 209, noteHeight("zh-CN"));
      expect(g.note.y).toBeGreaterThan(g.qr.y + g.qr.h);
      expect(g.note.w).toBe(CONTENT_W);
    }
  });
});
