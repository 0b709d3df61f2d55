import { preload } from "react-dom";
import type { TLocale } from "@/lib/i18n/locales";
import { subsetFontPath, WEBFONT_WEIGHTS } from "@/lib/fonts/webfonts";

/**
 * On Chinese pages only: preload the Chinese web font subsets (lib/fonts/webfonts.ts) so that a reader without a
 * platform CJK font sees the product font at first paint instead of boxes. React hoists the <link rel=preload> into
 * the document head; English pages load nothing.
 */
export function ZhFontPreload({ locale }: { locale: TLocale }) {
  if (locale !== "zh-CN") return null;
  for (const w of WEBFONT_WEIGHTS)
    preload(subsetFontPath(w), { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  return null;
}
