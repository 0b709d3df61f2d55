import { fitText } from "@/lib/report/measure";
import type { TShape } from "@/lib/report/shapes";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { GREY, INK, statusIcon, TEXT_W } from "@/lib/report/artwork-kit";
import { euShort } from "@/lib/report/text";
import { EU_ARTICLE_NAME } from "./ui-text";

/** One line per article: a status icon, the article and its result in words. */
export function euBody(s: TLabelSnapshot): TShape[] {
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
