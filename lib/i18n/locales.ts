// The languages of the product and how a request's language is chosen. Parsing Accept-Language is negotiator's
// (RFC 9110 §12.5.4 weights), matching tags to our locales is @formatjs/intl-localematcher's (CLDR language
// distances: zh-TW, zh-HK and zh-Hant get Simplified Chinese, closer for those readers than English). Both are the
// libraries next-intl's own middleware uses; we have no locale prefix in signed-in URLs, so we call them here.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

export const LOCALES = ["en", "zh-CN"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "en";

/** The visitor's choice, for pages without a signed-in user (a year; not a secret, so readable by scripts too). */
export const LOCALE_COOKIE = "cl_locale";
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** Each language's own name, as the switch shows it. */
export const LOCALE_NAMES: Readonly<Record<TLocale, string>> = { en: "English", "zh-CN": "简体中文" };

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best of our locales for an Accept-Language header; English when nothing matches. Bounded input. */
export function negotiateLocale(acceptLanguage: string | null | undefined): TLocale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const asked = new Negotiator({ headers: { "accept-language": acceptLanguage.slice(0, 512) } })
    .languages()
    .slice(0, 20)
    .filter((tag) => {
      if (tag === "*") return false;
      try {
        return Intl.getCanonicalLocales(tag).length === 1;
      } catch {
        return false;
      }
    });
  if (asked.length === 0) return DEFAULT_LOCALE;
  const found = match(asked, [...LOCALES], DEFAULT_LOCALE);
  return isLocale(found) ? found : DEFAULT_LOCALE;
}

/** The request's language: the signed-in user's setting, else the visitor's cookie, else the browser's. */
export function pickLocale(input: {
  userLocale?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): TLocale {
  if (isLocale(input.userLocale)) return input.userLocale;
  if (isLocale(input.cookie)) return input.cookie;
  return negotiateLocale(input.acceptLanguage);
}
