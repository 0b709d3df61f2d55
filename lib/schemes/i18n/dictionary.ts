// A catalog version's translation into one language. A later catalog version (e.g. 1.1.0, patches over 1.0.0)
// declares only what changed: `extendDictionary(base, { version, entries, removed })` adds or overrides entries
// and drops those of texts the new version no longer has; validation then checks the result against that
// version's catalog, so a text added by the patch without a translation fails.
import type { TLocale } from "@/lib/i18n/locales";
import type { TCatalogTextKey } from "./fields";

export type TCatalogEntries = Readonly<Record<TCatalogTextKey, string>>;

export type TCatalogDictionary = {
  readonly locale: Exclude<TLocale, "en">;
  /** The catalog version this dictionary translates. */
  readonly version: string;
  readonly entries: TCatalogEntries;
};

export function defineDictionary(
  locale: TCatalogDictionary["locale"],
  version: string,
  ...parts: TCatalogEntries[]
): TCatalogDictionary {
  const entries: Record<string, string> = {};
  for (const part of parts)
    for (const [k, v] of Object.entries(part)) {
      if (k in entries) throw new Error(`Catalog dictionary ${locale} ${version}: "${k}" is defined twice`);
      entries[k] = v;
    }
  return { locale, version, entries };
}

/** A patch version's dictionary: the base's entries, with `entries` added or overriding and `removed` dropped. */
export function extendDictionary(
  base: TCatalogDictionary,
  patch: { version: string; entries: TCatalogEntries; removed?: readonly TCatalogTextKey[] },
): TCatalogDictionary {
  const entries: Record<string, string> = { ...base.entries, ...patch.entries };
  for (const k of patch.removed ?? []) delete entries[k];
  return { locale: base.locale, version: patch.version, entries };
}
