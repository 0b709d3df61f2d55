import { fitText } from "@/lib/report/measure";
import type { TShape } from "@/lib/report/shapes";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { CROSS, DASH, GREEN, GREY, INK, RED, TEXT_W, TICK } from "@/lib/report/artwork-kit";
import { pstiOf } from "./result";
import type { TPstiState, TPstiStatus } from "./rule";

const HEADLINE: Record<TPstiStatus, string> = {
  compliant: "PSTI requirements met",
  not_compliant: "PSTI requirements not met",
  incomplete: "Assessment incomplete",
  excepted: "Excepted (PSTI Sch. 3)",
  out_of_scope: "Not in PSTI scope",
};

const ROW: Record<"PSTI-1" | "PSTI-2" | "PSTI-3", string> = {
  "PSTI-1": "No default or guessable passwords",
  "PSTI-2": "Security issue reporting published",
  "PSTI-3": "Support period published",
};

/**
 * What was assessed, in words: one row per Schedule 1 requirement with a plain round tick or cross, and the result.
 * Deliberately nothing like the UKCA mark (no letters in a square, no conformity-mark shape): PSTI has no mark.
 */
export function pstiBody(s: TLabelSnapshot): TShape[] {
  const p = pstiOf(s.result);
  const out: TShape[] = [];
  const icon = (cx: number, cy: number, st: TPstiState): TShape[] => {
    const [color, mark] =
      st === "met" || st === "not_triggered" ? [GREEN, TICK] : st === "not_met" ? [RED, CROSS] : [GREY, DASH];
    return [
      { kind: "circle", cx, cy, r: 5, fill: color },
      { kind: "path", d: mark, tx: cx, ty: cy, scale: 0.85, stroke: "#ffffff", lineWidth: 1.4 },
    ];
  };
  out.push({
    kind: "text",
    x: 9,
    y: 33,
    text: fitText(HEADLINE[p.status], TEXT_W - 9, 7.5, true),
    size: 7.5,
    bold: true,
    fill: p.status === "compliant" ? GREEN : p.status === "not_compliant" ? RED : GREY,
  });
  p.requirements
    .filter((r) => r.key !== "PSTI-SoC")
    .forEach((r, i) => {
      const y = 47 + i * 13;
      out.push(...icon(15, y, r.state));
      const words =
        r.key === "PSTI-3" && s.product.supportPeriodEnd
          ? `Support period published: ${s.product.supportPeriodEnd}`
          : ROW[r.key as keyof typeof ROW];
      out.push({ kind: "text", x: 24, y: y + 2, text: fitText(words, TEXT_W - 24, 6), size: 6, fill: INK });
    });
  if (p.requirements.length === 0 && p.outOfScopeReasons.length)
    out.push({
      kind: "text",
      x: 9,
      y: 45,
      text: fitText(p.outOfScopeReasons[0] ?? "", TEXT_W - 9, 5.8),
      size: 5.8,
      fill: GREY,
    });
  out.push({
    kind: "text",
    x: 9,
    y: 86,
    text: fitText(
      p.labels.length
        ? "Deemed compliance through an accepted label"
        : "Self-declaration regime: no UK mark exists",
      TEXT_W - 9,
      5.4,
    ),
    size: 5.4,
    fill: GREY,
  });
  return out;
}
