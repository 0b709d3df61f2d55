import { inRegistryOrder } from "@/lib/schemes/registry";
import { artworkDrawing, ARTWORK_HEIGHT, ARTWORK_WIDTH } from "../artwork";
import { C, CONTENT_W, F, PAGE } from "../layout";
import { fitText } from "../measure";
import { qrMatrix, qrPath, QR_QUIET_ZONE } from "../qr";
import { drawShapes } from "../shapes";
import { dayIn } from "../words";
import type { TCtx } from "./ctx";

/** The cover's second line: model number, hardware and firmware versions (formats 2 and 3). */
export function coverModelLine({ s, t }: TCtx): string {
  return [
    s.product.modelNumber,
    t("cover.hardware", { version: s.product.hardwareVersion }),
    t("cover.firmware", { version: s.product.firmwareVersion }),
  ]
    .filter((x) => x)
    .join(" · ");
}

/** Page 1: the product, who assessed it (with the lab's accreditation), the artwork per scheme and the QR code. */
export function drawCover(ctx: TCtx): void {
  const { doc, s, t } = ctx;
  const L = PAGE.left;
  doc.rect(0, 0, PAGE.width, 8).fill(C.accent);
  doc
    .font(F.bold)
    .fontSize(10)
    .fillColor(C.accent)
    .text(t("cover.kicker"), L, 34, { width: CONTENT_W, characterSpacing: 1 });
  doc.font(F.bold).fontSize(22).fillColor(C.ink).text(s.product.modelName, L, 54, { width: CONTENT_W });
  const model = coverModelLine(ctx);
  doc
    .font(F.regular)
    .fontSize(10.5)
    .fillColor(C.muted)
    .text(model, L, doc.y + 2, { width: CONTENT_W });
  doc
    .font(F.regular)
    .fontSize(11)
    .fillColor(C.ink)
    .text(s.manufacturer.name, L, doc.y + 4, { width: CONTENT_W });

  const y0 = doc.y + 12;
  const stripH = drawIdentityStrip(ctx, y0);

  // Artwork grid: two per row; the last free cell holds the large QR to the public page.
  const scale = 1.17;
  const aw = ARTWORK_WIDTH * scale;
  const ah = ARTWORK_HEIGHT * scale;
  const gap = CONTENT_W - 2 * aw;
  const top = y0 + stripH + 18;
  const schemes = inRegistryOrder(s.assessment.targetSchemes);
  schemes.forEach((sc, i) => {
    const cx = L + (i % 2) * (aw + gap);
    const cy = top + Math.floor(i / 2) * (ah + 14);
    drawShapes(doc, artworkDrawing(s, sc), cx, cy, scale, F);
  });
  const qi = schemes.length;
  const qx = L + (qi % 2) * (aw + gap);
  const qy = top + Math.floor(qi / 2) * (ah + 14);
  drawPublicQr(ctx, qx, qy, aw, ah);

  const noteY = top + (Math.floor(qi / 2) + 1) * (ah + 14) + 4;
  doc
    .font(F.regular)
    .fontSize(8)
    .fillColor(C.muted)
    .text(t("cover.note", { verification: t("verification.heading") }), L, Math.min(noteY, 730), {
      width: CONTENT_W,
      lineGap: 1.5,
    });
}

/**
 * The label identity strip under the product: code, dates, lab, and under it the lab's accreditation when one is
 * recorded. Drawn at `y0`; returns its height. Shared by the format-3 cover (lib/report/v3).
 */
export function drawIdentityStrip(ctx: TCtx, y0: number): number {
  const { doc, s, t } = ctx;
  const day = (iso: string | null) => dayIn(t, ctx.lang, iso);
  const L = PAGE.left;
  const stripH = s.lab.accreditation ? 64 : 50;
  doc.roundedRect(L, y0, CONTENT_W, stripH, 5).fill(C.zebra);
  const cols: [string, string][] = [
    [t("cover.labelCode"), s.label.publicCode],
    [t("cover.issued"), day(s.label.issuedAt)],
    [t("cover.validUntil"), day(s.label.validUntil)],
    [t("cover.assessedBy"), s.lab.name],
  ];
  // Chinese dates ("2026年11月20日") are wider than ISO days: the code column gives them room.
  const colW = ctx.lang === "en" ? [165, 78, 78, CONTENT_W - 321] : [148, 92, 92, CONTENT_W - 332];
  let x = L + 10;
  cols.forEach(([k, v], i) => {
    const w = (colW[i] ?? 80) - 12;
    doc
      .font(F.regular)
      .fontSize(7.5)
      .fillColor(C.muted)
      .text(k, x, y0 + 10, { width: w, lineBreak: false });
    doc
      .font(F.bold)
      .fontSize(10)
      .fillColor(C.ink)
      .text(fitText(v, w, 10, true), x, y0 + 23, { lineBreak: false });
    x += colW[i] ?? 80;
  });
  if (s.lab.accreditation) {
    doc
      .font(F.regular)
      .fontSize(7.5)
      .fillColor(C.muted)
      .text(
        fitText(t("cover.accreditation", { name: s.lab.accreditation }), CONTENT_W - 20, 7.5),
        L + 10,
        y0 + 43,
        {
          lineBreak: false,
        },
      );
  }
  return stripH;
}

function drawPublicQr(ctx: TCtx, x: number, y: number, w: number, h: number): void {
  const { doc, s, t } = ctx;
  doc.roundedRect(x, y, w, h, 8).lineWidth(1).stroke(C.rule);
  const m = qrMatrix(s.label.publicUrl);
  const box = h - 44;
  const mod = box / (m.size + 2 * QR_QUIET_ZONE);
  const qx = x + (w - box) / 2;
  doc.save();
  doc.translate(qx + QR_QUIET_ZONE * mod, y + 8 + QR_QUIET_ZONE * mod).scale(mod);
  doc.path(qrPath(m)).fill("#000000");
  doc.restore();
  doc
    .font(F.bold)
    .fontSize(8)
    .fillColor(C.ink)
    .text(t("cover.qrTitle"), x + 8, y + h - 34, { width: w - 16, align: "center" });
  doc
    .font(F.regular)
    .fontSize(7)
    .fillColor(C.accent)
    .text(s.label.publicUrl, x + 8, y + h - 21, { width: w - 16, align: "center", link: s.label.publicUrl });
}
