import { SNAPSHOT_FORMAT_V1, type TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TSchemeId } from "@/lib/schemes";
import type { TEuArticleResult } from "@/lib/scoring";
import { qrMatrix, qrPath, QR_QUIET_ZONE } from "./qr";
import { toSvg, type TDrawing, type TShape } from "./shapes";
import { fitText } from "./measure";
import { cnHeadline, day, EU_ARTICLE_NAME, euShort, usHeadline } from "./text";

/**
 * Label artwork, one per scheme result, drawn by the project. Deliberately NOT a copy or look-alike of any official
 * mark (no CE logo, no U.S. Cyber Trust Mark, no official China label design: the scheme notes and 47 CFR 8.213(b)
 * forbid misleading references), and every label says in words that it is a lab assessment, not an official
 * authorisation. Each carries the product, the public code and a QR code to the public page, where the live
 * status (valid / expired / revoked) is shown, since printed artwork cannot change after issue.
 */

export const ARTWORK_WIDTH = 200; // pt = 70.6 mm printed
export const ARTWORK_HEIGHT = 140; // pt = 49.4 mm printed

const INK = "#1a1a1a";
const GREY = "#5f6368";
const GREEN = "#1e7d34";
const AMBER = "#b26a00";
const RED = "#b3261e";
const ACCENT: Record<TSchemeId, string> = { EU_RED: "#1f3a93", US_CTM: "#0f5e73", CN_CCL: "#9c1c1c" };

const HEADER: Record<TSchemeId, string> = {
  EU_RED: "EU RED Art. 3(3) · EN 18031 lab assessment",
  US_CTM: "NIST IR 8425 · label eligibility assessment",
  CN_CCL: "China CCL readiness · 网络安全能力预评估",
};
const DISCLAIMER: Record<TSchemeId, string> = {
  EU_RED: "Lab assessment; not a CE marking or a notified-body certificate.",
  US_CTM: "Lab assessment; not an FCC authorization or the Cyber Trust Mark.",
  CN_CCL: "Pre-assessment only; not the official China Cybersecurity Label.",
};
/**
 * Format-1 labels said "Self-assessment" under the testing lab's name, which contradicts it; their artwork keeps the
 * words it was issued with (printed packaging and the report's bytes must not change), newer labels do not.
 */
const DISCLAIMER_V1: Record<TSchemeId, string> = {
  ...DISCLAIMER,
  US_CTM: "Self-assessment; not an FCC authorization or the Cyber Trust Mark.",
};

function star(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? r : r * 0.4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + rad * Math.cos(a)).toFixed(2)} ${(cy + rad * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join("L")}Z`;
}

/** Right edge of the scheme-specific text, left of the QR code. */
const TEXT_W = ARTWORK_WIDTH - 60 - 6 - 4;

const TICK = "M-3 0.2L-0.9 2.4L3.2 -2.4";
const CROSS = "M-2.6 -2.6L2.6 2.6M2.6 -2.6L-2.6 2.6";
const DASH = "M-2.8 0L2.8 0";

function statusIcon(cx: number, cy: number, a: TEuArticleResult): TShape[] {
  const [color, mark]: [string, string] =
    a.conformant === true
      ? [a.route === "module_a" ? GREEN : AMBER, TICK]
      : a.conformant === false
        ? [RED, CROSS]
        : [GREY, DASH];
  return [
    { kind: "circle", cx, cy, r: 6, fill: color },
    { kind: "path", d: mark, tx: cx, ty: cy, scale: 1, stroke: "#ffffff", lineWidth: 1.6 },
  ];
}

function euBody(s: TLabelSnapshot): TShape[] {
  const out: TShape[] = [];
  s.result.eu.articles.forEach((a, i) => {
    const y = 38 + i * 19;
    out.push(...statusIcon(15, y, a));
    out.push({
      kind: "text",
      x: 25,
      y: y - 0.5,
      text: fitText(`3(3)${EU_ARTICLE_NAME[a.article]}`, TEXT_W - 25, 7, true),
      size: 7,
      bold: true,
      fill: INK,
    });
    out.push({
      kind: "text",
      x: 25,
      y: y + 7,
      text: fitText(euShort(a), TEXT_W - 25, 5.8),
      size: 5.8,
      fill: GREY,
    });
  });
  return out;
}

function usBody(s: TLabelSnapshot): TShape[] {
  const us = s.result.us;
  const ok = us.eligible;
  const color = ok ? ACCENT.US_CTM : us.status === "not_eligible" ? RED : GREY;
  return [
    // A plain heraldic shield: generic, and unlike the FCC mark's shape.
    {
      kind: "path",
      d: "M20 0L40 7V22C40 36 31 45 20 50C9 45 0 36 0 22V7Z",
      tx: 9,
      ty: 31,
      scale: 1,
      fill: color,
    },
    {
      kind: "path",
      d: ok ? "M11 25L18 32L30 18" : "M13 18L27 32M27 18L13 32",
      tx: 9,
      ty: 31,
      scale: 1,
      stroke: "#ffffff",
      lineWidth: 4.2,
    },
    {
      kind: "text",
      x: 57,
      y: 45,
      text: fitText(usHeadline(us), TEXT_W - 57, 11, true),
      size: 11,
      bold: true,
      fill: color,
    },
    { kind: "text", x: 57, y: 56, text: "Baseline of NIST IR 8425", size: 6, fill: GREY },
    {
      kind: "text",
      x: 57,
      y: 66,
      text: fitText(`Support until ${s.product.supportPeriodEnd}`, TEXT_W - 57, 6),
      size: 6,
      fill: INK,
    },
    {
      kind: "text",
      x: 57,
      y: 75,
      text: fitText(`Updates: ${s.product.updatesAutomatic ? "automatic" : "by the user"}`, TEXT_W - 57, 6),
      size: 6,
      fill: INK,
    },
  ];
}

function cnBody(s: TLabelSnapshot): TShape[] {
  const cn = s.result.cn;
  const out: TShape[] = [1, 2, 3].map((i) => {
    const earned = i <= cn.stars;
    return {
      kind: "path",
      d: star(22 + (i - 1) * 27, 42, 12),
      fill: earned ? "#d4a017" : "#ffffff",
      stroke: earned ? "#a07800" : "#9aa0a6",
      lineWidth: 1.2,
    };
  });
  out.push({
    kind: "text",
    x: 9,
    y: 67,
    text: `${cnHeadline(cn)} · ${cn.stars} 星`,
    size: 9,
    bold: true,
    fill: ACCENT.CN_CCL,
  });
  const note =
    cn.catalogueListed === false
      ? "Readiness only: product type not in a catalogue"
      : cn.provisional
        ? "Provisional rating (rules still in draft)"
        : "Rating";
  out.push({ kind: "text", x: 9, y: 77, text: fitText(note, TEXT_W - 9, 5.8), size: 5.8, fill: GREY });
  out.push({ kind: "text", x: 9, y: 86, text: "预评估结果，非官方网络安全标识", size: 5.8, fill: GREY });
  return out;
}

/** The artwork as a drawing (shared by SVG, PNG and PDF). */
export function artworkDrawing(s: TLabelSnapshot, scheme: TSchemeId): TDrawing {
  const W = ARTWORK_WIDTH;
  const H = ARTWORK_HEIGHT;
  const accent = ACCENT[scheme];
  const qr = qrMatrix(s.label.publicUrl);
  const qrBox = 60;
  const mod = qrBox / (qr.size + 2 * QR_QUIET_ZONE);
  const qrX = W - qrBox - 6;
  const qrY = 27;
  const body = scheme === "EU_RED" ? euBody(s) : scheme === "US_CTM" ? usBody(s) : cnBody(s);
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
    { kind: "text", x: 9, y: 15.5, text: HEADER[scheme], size: 8, bold: true, fill: "#ffffff" },
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
      text: fitText((s.format === SNAPSHOT_FORMAT_V1 ? DISCLAIMER_V1 : DISCLAIMER)[scheme], W - 18, 4.8),
      size: 4.8,
      fill: GREY,
    },
  ];
  return { width: W, height: H, shapes };
}

export function renderArtworkSvg(s: TLabelSnapshot, scheme: TSchemeId): string {
  return toSvg(artworkDrawing(s, scheme), `${HEADER[scheme]}: ${s.product.modelName}, ${s.label.publicCode}`);
}
