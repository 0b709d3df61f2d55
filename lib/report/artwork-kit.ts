import type { TEuArticleResult } from "@/lib/scoring";
import type { TShape } from "./shapes";

/** Colours, sizes and shapes shared by the label artwork (lib/report/artwork.ts) and each scheme's body. */

export const ARTWORK_WIDTH = 200; // pt = 70.6 mm printed
export const ARTWORK_HEIGHT = 140; // pt = 49.4 mm printed

export const INK = "#1a1a1a";
export const GREY = "#5f6368";
export const GREEN = "#1e7d34";
export const AMBER = "#b26a00";
export const RED = "#b3261e";

export function star(cx: number, cy: number, r: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const rad = i % 2 === 0 ? r : r * 0.4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + rad * Math.cos(a)).toFixed(2)} ${(cy + rad * Math.sin(a)).toFixed(2)}`);
  }
  return `M${pts.join("L")}Z`;
}

/** Right edge of the scheme-specific text, left of the QR code. */
export const TEXT_W = ARTWORK_WIDTH - 60 - 6 - 4;

export const TICK = "M-3 0.2L-0.9 2.4L3.2 -2.4";
export const CROSS = "M-2.6 -2.6L2.6 2.6M2.6 -2.6L-2.6 2.6";
export const DASH = "M-2.8 0L2.8 0";

export function statusIcon(cx: number, cy: number, a: TEuArticleResult): TShape[] {
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
