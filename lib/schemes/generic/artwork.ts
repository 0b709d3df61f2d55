import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { GREY, GREEN, AMBER, INK, RED, TEXT_W } from "@/lib/report/artwork-kit";
import { fitText } from "@/lib/report/measure";
import type { TShape } from "@/lib/report/shapes";
import { schemeModule } from "../registry";
import type { TSchemeId } from "../types";

const TONE_COLOR = { ok: GREEN, warn: AMBER, bad: RED, info: GREY, none: GREY } as const;

/**
 * The artwork body of a scheme without a label of its own: a plain ring with the result, what was assessed and the
 * readiness in words. Deliberately no shape of any official mark (no CE, UKCA or other look-alike).
 */
export function genericBody(id: TSchemeId): (s: TLabelSnapshot) => TShape[] {
  return (s) => {
    const m = schemeModule(id);
    const e = m.envelope(s.result);
    const color = TONE_COLOR[e.tone];
    const lines = (m.publicLines?.(s.result) ?? []).slice(0, 2);
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
      {
        kind: "text",
        x: 57,
        y: 45,
        text: fitText(e.headline, TEXT_W - 57, 10, true),
        size: 10,
        bold: true,
        fill: color,
      },
      ...lines.map((l, i): TShape => ({
        kind: "text",
        x: 57,
        y: 57 + i * 9,
        text: fitText(l.en, TEXT_W - 57, 6),
        size: 6,
        fill: INK,
      })),
      {
        kind: "text",
        x: 57,
        y: 57 + lines.length * 9,
        text: fitText(`Assessed: ${m.auditName}`, TEXT_W - 57, 6),
        size: 6,
        fill: GREY,
      },
    ];
  };
}
