import "server-only";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, pickLocale, type TLocale } from "./locales";

/**
 * The language of the request being served, for a server action without a signed-in user (sign-up): the same
 * choice as i18n/request.ts (user setting > cookie > Accept-Language). English outside a request (scripts, tests).
 */
export async function requestLocale(user?: { locale?: string | null } | null): Promise<TLocale> {
  try {
    const [jar, h] = await Promise.all([cookies(), headers()]);
    return pickLocale({
      userLocale: user?.locale,
      cookie: jar.get(LOCALE_COOKIE)?.value,
      acceptLanguage: h.get("accept-language"),
    });
  } catch {
    return pickLocale({ userLocale: user?.locale });
  }
}
