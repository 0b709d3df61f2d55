import type { TLocale } from "@/lib/i18n/locales";
import type { TMessages } from "@/messages";
import type { FORMATS } from "@/lib/i18n/formats";

// Typed messages and locales for next-intl: a key missing from messages/en/*.json fails to compile.
declare module "next-intl" {
  interface AppConfig {
    Locale: TLocale;
    Messages: TMessages;
    Formats: typeof FORMATS;
  }
}
