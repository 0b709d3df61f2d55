import { SNAPSHOT_FORMAT_V1, type TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TSchemeId } from "@/lib/schemes";
import { ARTWORK_HEIGHT, ARTWORK_WIDTH, GREY, INK } from "./artwork-kit";
import { artworkBody } from "@/lib/schemes/artwork";
import { schemeModule } from "@/lib/schemes/registry";
import { qrMatrix, qrPath, QR_QUIET_ZONE } from "./qr";
import { toSvg, type TDrawing, type TShape } from "./shapes";
import { fitText } from "./measure";
import { day } from "./text";

/**
 * Label artwork, one per scheme result, drawn by the project. Deliberately NOT a copy or look-alike of any official
 * mark (no CE logo, no U.S. Cyber Trust Mark, no official China label design: the scheme notes and 47 CFR 8.213(b)
 * forbid misleading references), and every label says in words that it is a lab assessment, not an official
 * authorisation. Each carries the product, the public code and a QR code to the public page, where the live
 * status (valid / expired / revoked) is shown, since printed artwork cannot change after issue.
 */

export { ARTWORK_HEIGHT, ARTWORK_WIDTH } from "./artwork-kit";

/** The artwork as a drawing (shared by SVG, PNG and PDF). */
export function artworkDrawing(s: TLabelSnapshot, scheme: TSchemeId): TDrawing {
  const W = ARTWORK_WIDTH;
  const H = ARTWORK_HEIGHT;
  const art = schemeModule(scheme).artwork;
  const accent = art.accent;
  const qr = qrMatrix(s.label.publicUrl);
  const qrBox = 60;
  const mod = qrBox / (qr.size + 2 * QR_QUIET_ZONE);
  const qrX = W - qrBox - 6;
  const qrY = 27;
  const body = artworkBody(scheme)(s);
  const full = s.product.modelNumber
    ? `${s.product.modelName} · ${s.product.modelNumber}`
    : s.product.modelName;
  const product = fitText(full, W - 18, 7.5, true) === full ? full : s.product.modelName;
  const shapes: TShape[] = [
    {
      kind: "rect",
      x: 0.75,
      y: 0.75,
      w: W - 1.5,
      h: H - 1.5,
      r: 7,
      fill: "#ffffff",
      stroke: INK,
      lineWidth: 1.5,
    },
    { kind: "rect", x: 0.75, y: 0.75, w: W - 1.5, h: 22, r: 7, fill: accent },
    { kind: "rect", x: 0.75, y: 12, w: W - 1.5, h: 10.75, fill: accent },
    { kind: "text", x: 9, y: 15.5, text: art.header, size: 8, bold: true, fill: "#ffffff" },
    ...body,
    {
      kind: "path",
      d: qrPath(qr),
      tx: qrX + QR_QUIET_ZONE * mod,
      ty: qrY + QR_QUIET_ZONE * mod,
      scale: mod,
      fill: "#000000",
    },
    {
      kind: "text",
      x: qrX + qrBox / 2,
      y: qrY + qrBox + 4,
      text: "Scan for live status",
      size: 5,
      fill: GREY,
      anchor: "middle",
    },
    { kind: "rect", x: 6, y: 95, w: W - 12, h: 0.6, fill: "#c4c7c5" },
    {
      kind: "text",
      x: 9,
      y: 104.5,
      text: fitText(product, W - 18, 7.5, true),
      size: 7.5,
      bold: true,
      fill: INK,
    },
    { kind: "text", x: 9, y: 114, text: s.label.publicCode, size: 6.8, bold: true, fill: accent },
    {
      kind: "text",
      x: W - 9,
      y: 114,
      text: `Valid until ${day(s.label.validUntil)}`,
      size: 6,
      fill: INK,
      anchor: "end",
    },
    {
      kind: "text",
      x: 9,
      y: 123,
      text: fitText(`Tested by ${s.lab.name}`, W - 18, 5.4),
      size: 5.4,
      fill: INK,
    },
    {
      kind: "text",
      x: 9,
      y: 132,
      text: fitText(s.format === SNAPSHOT_FORMAT_V1 ? art.disclaimerV1 : art.disclaimer, W - 18, 4.8),
      size: 4.8,
      fill: GREY,
    },
  ];
  return { width: W, height: H, shapes };
}

export function renderArtworkSvg(s: TLabelSnapshot, scheme: TSchemeId): string {
  return toSvg(
    artworkDrawing(s, scheme),
    `${schemeModule(scheme).artwork.header}: ${s.product.modelName}, ${s.label.publicCode}`,
  );
}
