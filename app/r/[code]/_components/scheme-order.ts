import type { TLang } from "@/lib/i18n/public-label";
import type { TPublicSchemeResult } from "@/lib/labels/public-record";
import { readerOrder } from "@/lib/schemes/registry";

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
  const order = readerOrder(
    schemes.map((s) => s.scheme),
    lang,
  );
  return order.map((id) => schemes.find((s) => s.scheme === id) as TPublicSchemeResult);
}
