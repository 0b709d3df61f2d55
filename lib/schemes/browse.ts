import { z } from "zod";
import { getCrosswalk, type TCrosswalk } from "./crosswalk";
import { CURRENT_CATALOG_VERSION, listCatalogVersions } from "./index";
import { CONDITION_WORDS_EN, printCondition, type TConditionWords } from "./print";
import type { TCatalog, TCriterion, TSchemeId, TSchemeMeta } from "./types";
import { ZSchemeId } from "./types";

/**
 * Data shaping for the public catalog browser (app/catalog): query-string filters validated with zod, and rows
 * with plain-language conditions and the crosswalk. Kept here so app/ stays thin and this stays testable.
 */

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalParam = <T extends z.ZodType>(s: T) =>
  z.preprocess((v) => {
    const x = first(v);
    return x === "" || x === undefined ? undefined : x;
  }, s.optional());

export const ZCatalogFilters = z.object({
  /** A published catalog version to browse (absent or unknown = the current one). */
  version: optionalParam(z.string().refine((v) => listCatalogVersions().includes(v))).catch(undefined),
  scheme: optionalParam(ZSchemeId).catch(undefined),
  part: optionalParam(z.coerce.number().int().min(1).max(3)).catch(undefined),
  mechanism: optionalParam(z.string().max(60)).catch(undefined),
  level: optionalParam(z.coerce.number().int().min(1).max(3)).catch(undefined),
  q: optionalParam(z.string().trim().max(100)).catch(undefined),
});
export type TCatalogFilters = z.infer<typeof ZCatalogFilters>;

/** The catalog version a browser URL asks for: a published one, else the current one. */
export function browsedVersion(rawFilters: unknown): string {
  return ZCatalogFilters.parse(rawFilters ?? {}).version ?? CURRENT_CATALOG_VERSION;
}

export type TCatalogRow = {
  criterion: TCriterion;
  appliesWhen: string;
  satisfiedWhen: string;
  crosswalk: TCrosswalk | undefined;
};

export type TCatalogView = {
  filters: TCatalogFilters;
  rows: TCatalogRow[];
  total: number;
  schemes: TSchemeMeta[];
  mechanisms: string[];
};

function matches(c: TCriterion, f: TCatalogFilters): boolean {
  if (f.scheme && c.scheme !== f.scheme) return false;
  if (f.part && c.eu?.part !== f.part) return false;
  if (f.mechanism && c.mechanism !== f.mechanism) return false;
  if (f.level && c.level !== f.level) return false;
  if (f.q) {
    const hay =
      `${c.key} ${c.id} ${c.title} ${c.text} ${c.references.etsi.join(" ")} ${c.references.related.join(" ")}`.toLowerCase();
    if (
      !f.q
        .toLowerCase()
        .split(/\s+/)
        .every((w) => hay.includes(w))
    )
      return false;
  }
  return true;
}

/** `catalog` may be a localized one (lib/schemes/i18n); `words` and `always` are the printed conditions' language. */
export function browseCatalog(
  catalog: TCatalog,
  rawFilters: unknown,
  lang: { words: TConditionWords; always: string } = {
    words: CONDITION_WORDS_EN,
    always: "always (within the scheme's scope)",
  },
): TCatalogView {
  const filters = ZCatalogFilters.parse(rawFilters ?? {});
  const byId = new Map(catalog.questions.map((q) => [q.id, q]));
  const lookup = (id: string) => byId.get(id);
  const rows = catalog.criteria
    .filter((c) => matches(c, filters))
    .map((criterion) => ({
      criterion,
      appliesWhen: criterion.applicability
        ? printCondition(criterion.applicability, lookup, false, lang.words)
        : lang.always,
      satisfiedWhen: printCondition(criterion.satisfaction, lookup, false, lang.words),
      crosswalk: getCrosswalk(catalog, criterion.key),
    }));
  const inScheme = (s: TSchemeId | undefined) => catalog.criteria.filter((c) => !s || c.scheme === s);
  return {
    filters,
    rows,
    total: catalog.criteria.length,
    schemes: catalog.schemes,
    mechanisms: [...new Set(inScheme(filters.scheme).map((c) => c.mechanism))].sort(),
  };
}
