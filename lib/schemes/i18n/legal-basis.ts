import type { TLocale } from "@/lib/i18n/locales";
import { ZH_LEGAL_BASIS } from "./zh-CN/legal-basis";

const BY_LOCALE: Readonly<Record<TLocale, Readonly<Record<string, string>> | null>> = {
  en: null,
  "zh-CN": ZH_LEGAL_BASIS,
};

/**
 * A legal-basis line of the catalog (English, frozen in the label) in the reader's language. Identifiers such as
 * "2014/53/EU" or "47 CFR Part 8" stay as they are; a line no dictionary knows is shown as it was written.
 */
export function legalBasisText(locale: TLocale, english: string): string {
  return BY_LOCALE[locale]?.[english] ?? english;
}
