// Catalog texts per language (docs/i18n.md). Scoring reads getCatalog(version), always English; what people read
// comes from localizeCatalog / catalogText, checked against the catalog on first use.
import type { TLocale } from "@/lib/i18n/locales";
import { getCatalog } from "../index";
import type { TCatalog } from "../types";
import type { TCatalogDictionary } from "./dictionary";
import { applyDictionary, assertDictionary, catalogTextLookup } from "./localize";
import { zhCN_1_0_0 } from "./zh-CN/catalog-1.0.0";
import { zhCN_1_1_0 } from "./zh-CN/catalog-1.1.0";
import { zhCN_1_2_0 } from "./zh-CN/catalog-1.2.0";

export { catalogEntries, evidenceKey } from "./fields";
export { dictionaryIssues } from "./localize";
export { extendDictionary, type TCatalogDictionary } from "./dictionary";
export { legalBasisText } from "./legal-basis";

/**
 * Every catalog version's dictionary per language. A patch version (e.g. 1.1.0 over 1.0.0) registers
 * `extendDictionary(zhCN_1_0_0, { version: "1.1.0", entries: { …new or changed texts… }, removed: [...] })`.
 */
const DICTIONARIES: Readonly<Record<string, Partial<Record<Exclude<TLocale, "en">, TCatalogDictionary>>>> = {
  "1.0.0": { "zh-CN": zhCN_1_0_0 },
  "1.1.0": { "zh-CN": zhCN_1_1_0 },
  "1.2.0": { "zh-CN": zhCN_1_2_0 },
};

const checked = new Set<TCatalogDictionary>();
const localized = new Map<string, TCatalog>();

/** The dictionary of a catalog version in a language, validated against the catalog (throws on any problem). */
export function catalogDictionary(version: string, locale: TLocale): TCatalogDictionary | null {
  if (locale === "en") return null;
  const dict = DICTIONARIES[version]?.[locale];
  if (!dict) throw new Error(`Catalog ${version} has no ${locale} translation`);
  if (!checked.has(dict)) {
    assertDictionary(getCatalog(version), dict);
    checked.add(dict);
  }
  return dict;
}

/** The catalog to show: the same ids, values and conditions as getCatalog(version), with texts in `locale`. */
export function localizeCatalog(version: string, locale: TLocale): TCatalog {
  if (locale === "en") return getCatalog(version);
  const key = `${version}|${locale}`;
  const hit = localized.get(key);
  if (hit) return hit;
  const out = applyDictionary(getCatalog(version), catalogDictionary(version, locale)!);
  localized.set(key, out);
  return out;
}

/** One text by its key (lib/schemes/i18n/fields.ts), for texts frozen in a label snapshot: English as fallback. */
export function catalogText(version: string, locale: TLocale) {
  return catalogTextLookup(locale === "en" ? null : catalogDictionary(version, locale));
}

/** Languages with a translation of this catalog version (English always). */
export function catalogLocales(version: string): TLocale[] {
  return ["en", ...(Object.keys(DICTIONARIES[version] ?? {}) as Exclude<TLocale, "en">[])];
}
