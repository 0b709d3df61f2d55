import { describe, expect, it } from "vitest";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { SNAPSHOT_FORMAT } from "@/lib/labels/snapshot-types";
import { getCatalog, inRegistryOrder } from "@/lib/schemes";
import { overlaps, pageWords, paintedPaths, wordsOf, type TBox } from "@/lib/testing/pdf-page";
import { C, CONTENT_BOTTOM, PAGE } from "./layout";
import { reportT } from "./words";
import { renderReportPdf } from "./index";

/**
 * The cover of a new label's report with one to six schemes, read back from the PDF itself (painted paths from the
 * content stream, words from pdftotext -bbox), so it checks what is drawn, whatever the layout code planned: the
 * disclaimer note, the QR box to the public page and every scheme's artwork stay apart and on page 1, above the
 * footer, and the report's next section starts page 2. Format 2 failed this with four or more schemes (the note
 * was pinned at y=730 across the QR box, and with six schemes the QR box ran into the footer and onto page 2).
 */
const catalog = getCatalog("1.2.0");
const ALL = inRegistryOrder(catalog.schemes.map((s) => s.id));
const INK = "#1a1a1a";
const WHITE = "#ffffff";

type TCover = { qr: TBox[]; artworks: TBox[]; note: TBox[] | null; qrTitle: boolean; page2First: string };

async function cover(n: number, lang: "en" | "zh-CN", modelName?: string): Promise<TCover> {
  const snapshot = buildSnapshotFixture({
    catalog,
    targetSchemes: ALL.slice(0, n),
    ...(modelName ? { modelName } : {}),
  });
  expect(snapshot.format).toBe(SNAPSHOT_FORMAT);
  const pdf = await renderReportPdf(snapshot, undefined, lang);
  const paths = paintedPaths(pdf, 0, PAGE.height);
  const big = (b: TBox) => b.w > 100 && b.h > 80;
  const t = reportT(lang);
  const words = pageWords(pdf, 1);
  const page2 = pageWords(pdf, 2);
  return {
    // The QR box: the one large rounded box stroked in the rule colour; each artwork: a large white box inked round.
    qr: paths.filter((p) => p.op === "S" && p.stroke === C.rule && big(p.box)).map((p) => p.box),
    artworks: paths
      .filter((p) => p.op === "B" && p.stroke === INK && p.fill === WHITE && big(p.box))
      .map((p) => p.box),
    note:
      wordsOf(words, t("cover.note", { verification: t("verification.heading") }))?.map((w) => w.box) ?? null,
    qrTitle: wordsOf(words, t("cover.qrTitle")) !== null,
    page2First: page2.map((w) => w.text).join(" "),
  };
}

function expectApart(c: TCover, n: number) {
  expect(c.artworks, "one artwork per scheme on page 1").toHaveLength(n);
  expect(c.qr, "one QR box on page 1").toHaveLength(1);
  expect(c.qrTitle, "the QR box's title on page 1").toBe(true);
  expect(c.note, "the whole disclaimer note on page 1").not.toBeNull();
  const qr = c.qr[0]!;
  const boxes = [qr, ...c.artworks];
  for (const b of [...boxes, ...c.note!]) {
    expect(b.y + b.h, "above the footer").toBeLessThanOrEqual(CONTENT_BOTTOM);
    expect(b.x + b.w).toBeLessThanOrEqual(PAGE.width - PAGE.right + 1);
  }
  boxes.forEach((a, i) =>
    boxes
      .slice(i + 1)
      .forEach((b) => expect(overlaps(a, b), `${JSON.stringify(a)} × ${JSON.stringify(b)}`).toBe(false)),
  );
  for (const w of c.note!)
    for (const b of boxes)
      expect(overlaps(w, b), `note word ${JSON.stringify(w)} × ${JSON.stringify(b)}`).toBe(false);
}

describe("the cover of a new label's report keeps the note, the QR box and the scheme results apart", () => {
  for (const lang of ["en", "zh-CN"] as const)
    it.each([1, 2, 3, 4, 5, 6])(`with %i scheme(s), ${lang}`, async (n) => {
      const c = await cover(n, lang);
      expectApart(c, n);
      expect(c.page2First.replace(/\s+/g, "")).toMatch(
        new RegExp(`^${reportT(lang)("facts.heading").replace(/\s+/g, "")}`),
      );
    });

  it("with six schemes and a product name that wraps onto three lines", async () => {
    const long =
      "Tianyan Indoor Pan-Tilt Wi-Fi Security Camera C3 Pro Max with Two-Way Audio and Cloud Recording";
    expectApart(await cover(6, "en", long), 6);
  });
});
