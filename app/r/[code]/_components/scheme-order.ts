import type { TLang } from "@/lib/i18n/public-label";
import type { TPublicSchemeResult } from "@/lib/labels/public-record";

/**
 * The order schemes are read in. The record lists them EU, US, China. The Chinese page puts China first: its
 * language is the one signal about the reader we have without tracking, and it is in the URL, so each language
 * page stays one static, cacheable page. (A region from Accept-Language, such as en-US, would need the page to vary
 * by that header — a CDN cache split over every header value, or a render per request — for a small gain.)
 */
export function schemesForReader(
  schemes: readonly TPublicSchemeResult[],
  lang: TLang,
): TPublicSchemeResult[] {
  if (lang !== "zh-CN") return [...schemes];
  return [...schemes.filter((s) => s.scheme === "CN_CCL"), ...schemes.filter((s) => s.scheme !== "CN_CCL")];
}
