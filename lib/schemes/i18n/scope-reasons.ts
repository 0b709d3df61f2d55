import type { TLocale } from "@/lib/i18n/locales";
import { getCatalog } from "../index";
import type { TSchemeId } from "../types";
import { catalogText, catalogLocales } from "./index";

/**
 * An out-of-scope reason frozen (in English) in a label's result, in the reader's language. The reason is found by
 * its text among the scheme's reasons of the catalog version the label was assessed against, and read from that
 * version's dictionary (`scheme.<ID>.scopeReason.<i>`); a reason no catalog version knows (or a language without a
 * translation of that version) is shown as it was frozen, so the signed snapshot stays language-neutral.
 */
export function scopeReasonText(
  version: string,
  locale: TLocale,
  scheme: TSchemeId,
  english: string,
): string {
  if (locale === "en" || !catalogLocales(version).includes(locale)) return english;
  const reasons = getCatalog(version).schemes.find((s) => s.id === scheme)?.scopeReasons ?? [];
  const i = reasons.findIndex((r) => r.reason === english);
  return i < 0 ? english : catalogText(version, locale)(`scheme.${scheme}.scopeReason.${i}`, english);
}
