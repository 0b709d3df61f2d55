import { isLocale as isLang, negotiateLocale as negotiateLang } from "@/lib/i18n/locales";
import { parsePublicCode } from "@/lib/db/public-labels";
import { CACHE } from "@/lib/labels/public-http";
import { labelPaths } from "@/lib/labels/public-urls";

export const dynamic = "force-dynamic";

/**
 * What the QR code opens: `/r/<code>` redirects to the page in the reader's language (`?lang=` wins over
 * Accept-Language), so both language pages stay plain static ISR pages a CDN can cache by URL. The redirect
 * depends only on the code and the language header, never on the label's status, so it may be cached long
 * (keyed by Accept-Language through Vary). A typed code in lower case or without dashes goes to its canonical
 * form; a malformed one to the 404 page.
 */
export async function GET(request: Request, ctx: { params: Promise<{ code: string }> }) {
  const { code: raw } = await ctx.params;
  const url = new URL(request.url);
  const asked = url.searchParams.get("lang");
  const lang = asked && isLang(asked) ? asked : negotiateLang(request.headers.get("accept-language"));
  const code = raw.length <= 64 ? parsePublicCode(raw) : null;
  const target = code ? labelPaths(code).pageIn(lang) : `/r/not-a-label/${lang}`;
  return new Response(null, {
    status: 302,
    headers: {
      Location: target,
      "Cache-Control": CACHE.NEGOTIATED,
      Vary: "Accept-Language",
      "Content-Language": lang,
    },
  });
}
