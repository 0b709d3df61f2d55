import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { AMBER, GREEN, GREY, INK, RED, TEXT_W } from "@/lib/report/artwork-kit";
import { fitText, textWidth } from "@/lib/report/measure";
import type { TShape } from "@/lib/report/shapes";
import { schemeModule } from "../registry";
import type { TSchemeId } from "../types";

const TONE_COLOR = { ok: GREEN, warn: AMBER, bad: RED, info: GREY, none: GREY } as const;
const W = TEXT_W - 57;

/** The headline on up to two lines of what fits beside the mark. */
function headLines(text: string): string[] {
  const words = text.split(" ");
  let first = "";
  while (words.length > 0 && textWidth(`${first} ${words[0]}`.trim(), 9, true) <= W)
    first = `${first} ${words.shift()}`.trim();
  if (!first) return [fitText(text, W, 9, true)];
  return words.length ? [first, fitText(words.join(" "), W, 9, true)] : [first];
}

/**
 * The artwork body of a scheme without a label of its own: a plain ring with a tick, cross or dash, the result and
 * the module's figures. The header band already says what was assessed. Deliberately no shape of any official mark
 * (no CE, UKCA or other look-alike).
 */
export function genericBody(id: TSchemeId): (s: TLabelSnapshot) => TShape[] {
  return (s) => {
    const m = schemeModule(id);
    const e = m.envelope(s.result);
    const color = TONE_COLOR[e.tone];
    const figures = (m.artworkLines?.(s.result) ?? m.publicLines?.(s.result).map((l) => l.en) ?? []).slice(
      0,
      2,
    );
    const head = headLines(e.headline);
    const y0 = 44 + head.length * 10 + 1;
    return [
      { kind: "circle", cx: 29, cy: 54, r: 19, fill: "#ffffff", stroke: color, lineWidth: 3 },
      {
        kind: "path",
        d:
          e.tone === "ok"
            ? "M20 54L27 61L39 47"
            : e.tone === "bad"
              ? "M22 47L36 61M36 47L22 61"
              : "M21 54L37 54",
        tx: 0,
        ty: 0,
        scale: 1,
        stroke: color,
        lineWidth: 3.6,
      },
      ...head.map((h, i): TShape => ({
        kind: "text",
        x: 57,
        y: 44 + i * 10,
        text: h,
        size: 9,
        bold: true,
        fill: color,
      })),
      ...figures.map((l, i): TShape => ({
        kind: "text",
        x: 57,
        y: y0 + i * 8,
        text: fitText(l, W, 6),
        size: 6,
        fill: INK,
      })),
    ];
  };
}
