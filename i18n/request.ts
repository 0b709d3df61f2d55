import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { FORMATS, TIME_ZONE } from "@/lib/i18n/formats";
import { isLocale, LOCALE_COOKIE, pickLocale, type TLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/messages";

/**
 * next-intl's per-request configuration. A page whose path names its language (the public label page calls
 * setRequestLocale) keeps it, and stays static; every other page takes the signed-in user's setting, else the
 * visitor's cookie, else the browser's Accept-Language. Signed-in URLs carry no locale prefix.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const fromPath = await requestLocale;
  const locale: TLocale = isLocale(fromPath) ? fromPath : await negotiated();
  return { locale, messages: MESSAGES[locale], formats: FORMATS, timeZone: TIME_ZONE };
});

async function negotiated(): Promise<TLocale> {
  const [user, jar, h] = await Promise.all([getSessionUser(), cookies(), headers()]);
  return pickLocale({
    userLocale: user?.locale,
    cookie: jar.get(LOCALE_COOKIE)?.value,
    acceptLanguage: h.get("accept-language"),
  });
}
