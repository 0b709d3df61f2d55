// next-intl's translator and formatter outside React rendering (route handlers, e-mails, the PDF report, the
// public record) and in the static public label page, where the language comes from the path, not the request.
import { createFormatter, createTranslator } from "next-intl";
import { MESSAGES } from "@/messages";
import { FORMATS, TIME_ZONE } from "./formats";
import type { TLocale } from "./locales";

export function translator<N extends keyof (typeof MESSAGES)["en"]>(locale: TLocale, namespace: N) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace,
    formats: FORMATS,
    timeZone: TIME_ZONE,
  });
}

export function formatter(locale: TLocale) {
  return createFormatter({ locale, formats: FORMATS, timeZone: TIME_ZONE });
}
