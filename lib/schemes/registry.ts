import { cnCcl } from "./cn-ccl";
import { etsi303645 } from "./etsi-303-645";
import { euCra } from "./eu-cra";
import { euRed } from "./eu-red";
import type { TAssessment } from "@/lib/scoring/types";
import type { TLabelColumns, TSchemeLang, TSchemeModule } from "./module";
import { SCHEME_IDS, type TSchemeId } from "./types";
import { ukPsti } from "./uk-psti";
import { usCtm } from "./us-ctm";

/**
 * Every scheme module, in the order screens, reports and the API list them. Adding a scheme = adding its folder
 * and one entry here (docs/schemes.md); nothing else in the application names a scheme.
 */
export const SCHEME_MODULES: readonly TSchemeModule[] = [euRed, usCtm, cnCcl, etsi303645, ukPsti, euCra];

const byId = new Map<string, TSchemeModule>(SCHEME_MODULES.map((m) => [m.id, m]));

if (SCHEME_MODULES.length !== SCHEME_IDS.length || SCHEME_IDS.some((id) => !byId.has(id)))
  throw new Error("lib/schemes/registry.ts and SCHEME_IDS disagree");

export function schemeModule(id: TSchemeId): TSchemeModule {
  const m = byId.get(id);
  if (!m) throw new Error(`no scheme module "${id}"`);
  return m;
}

export const isSchemeId = (x: string): x is TSchemeId => byId.has(x);

/**
 * Scheme ids read back from the database (text columns, validated against the registry at every write), in their
 * stored order; an id no module claims (a deployment that removed a module) is dropped rather than guessed at.
 */
export function schemeIds(stored: readonly string[]): TSchemeId[] {
  return stored.filter((id, i): id is TSchemeId => isSchemeId(id) && stored.indexOf(id) === i);
}

/** The scheme's short name in a language (lib/schemes/module.ts `name`): what every screen calls the scheme. */
export const schemeName = (id: TSchemeId, lang: TSchemeLang): string => schemeModule(id).name[lang];

/** Registry order: the order every list of schemes is shown in. */
export const ALL_SCHEME_IDS: readonly TSchemeId[] = SCHEME_MODULES.map((m) => m.id);
export const inRegistryOrder = (ids: readonly TSchemeId[]): TSchemeId[] =>
  ALL_SCHEME_IDS.filter((id) => ids.includes(id));

/** A record keyed by scheme id, built from each module. */
export function perScheme<T>(f: (m: TSchemeModule) => T): Record<TSchemeId, T> {
  return Object.fromEntries(SCHEME_MODULES.map((m) => [m.id, f(m)])) as Record<TSchemeId, T>;
}

/** Ids the reader of a language sees first (the Chinese page puts China first). */
export function readerOrder(ids: readonly TSchemeId[], lang: TSchemeLang): TSchemeId[] {
  const first = ids.filter((id) => schemeModule(id).readerFirst === lang);
  return [...first, ...ids.filter((id) => !first.includes(id))];
}

/** Summary columns of a label row: each target scheme fills its own, the rest stay null. */
export function labelSummaryColumns(ids: readonly TSchemeId[], result: TAssessment): TLabelColumns {
  const out: TLabelColumns = { usEligible: null, cnStars: null };
  for (const id of ids) Object.assign(out, schemeModule(id).labelColumns?.(result));
  return out;
}

export type { TResultEnvelope, TSchemeModule, TSchemeLang, TOutcomeTone } from "./module";
