import { fitText } from "@/lib/report/measure";
import type { TShape } from "@/lib/report/shapes";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { GREY, star, TEXT_W } from "@/lib/report/artwork-kit";
import { cnHeadline } from "@/lib/report/text";
import { cnCcl } from "./index";

/** Three stars, the headline and whether the rating is readiness only or provisional. */
export function cnBody(s: TLabelSnapshot): TShape[] {
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
    fill: cnCcl.artwork.accent,
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
