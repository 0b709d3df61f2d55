// Catalog texts in the reader's language. Scoring always uses the English catalog (getCatalog); pages, e-mails and
// documents show localizeCatalog(catalog, locale), which has the same ids, values and conditions and only other
// words. A dictionary is checked against its catalog when first used: a missing, stale or broken translation is a
// build defect (an exception and a failing test, lib/schemes/i18n/catalog-i18n.test.ts), never a page in two
// languages.
import type { TLocale } from "@/lib/i18n/locales";
import type { TCatalog } from "../types";
import type { TCatalogDictionary } from "./dictionary";
import { catalogEntries, evidenceKey } from "./fields";

/** Identifiers a translation must keep exactly as the English text has them. */
const IDENTIFIER =
  /\b[A-Z]{2,5}-\d+(?:-\d+)*\b|\b\d{4}\/\d+\/EU\b|\(EU\) \d{4}\/\d+|\bEN \d{3,5}(?:-\d)?|\bGB\/T \d+(?:\.\d+)?|\bNIST IR \d+|\b\d+ CFR\b|\b3\(3\)\([def]\)/g;

export type TDictionaryIssue =
  | { kind: "missing"; key: string }
  | { kind: "unknown"; key: string }
  | { kind: "empty"; key: string }
  | { kind: "identifier"; key: string; identifier: string };

export function dictionaryIssues(catalog: TCatalog, dict: TCatalogDictionary): TDictionaryIssue[] {
  const english = catalogEntries(catalog);
  const issues: TDictionaryIssue[] = [];
  for (const [key, text] of english) {
    const t = dict.entries[key];
    if (t === undefined) {
      issues.push({ kind: "missing", key });
      continue;
    }
    if (t.trim() === "") issues.push({ kind: "empty", key });
    for (const id of new Set(text.match(IDENTIFIER) ?? []))
      if (!t.includes(id)) issues.push({ kind: "identifier", key, identifier: id });
  }
  for (const key of Object.keys(dict.entries)) if (!english.has(key)) issues.push({ kind: "unknown", key });
  return issues;
}

export function assertDictionary(catalog: TCatalog, dict: TCatalogDictionary): void {
  if (dict.version !== catalog.version)
    throw new Error(`Catalog dictionary ${dict.locale} is for ${dict.version}, not ${catalog.version}`);
  const issues = dictionaryIssues(catalog, dict);
  if (issues.length === 0) return;
  const lines = issues
    .slice(0, 40)
    .map((i) => `- ${i.kind} ${i.key}${i.kind === "identifier" ? ` (keep "${i.identifier}")` : ""}`);
  throw new Error(
    `Catalog ${catalog.version} in ${dict.locale}: ${issues.length} translation problems\n${lines.join("\n")}`,
  );
}

/** A text lookup for one catalog and language: the translation, or the English for "en". */
export function catalogTextLookup(dict: TCatalogDictionary | null) {
  return (key: string, english: string): string => (dict ? (dict.entries[key] ?? english) : english);
}

/** The same catalog with every text in the dictionary's language (ids, values and conditions unchanged). */
export function applyDictionary(catalog: TCatalog, dict: TCatalogDictionary): TCatalog {
  const t = catalogTextLookup(dict);
  const ev = (e: string) => t(evidenceKey(e), e);
  return {
    ...catalog,
    title: t("catalog.title", catalog.title),
    notes: catalog.notes.map((n, i) => t(`catalog.notes.${i}`, n)),
    ...(catalog.changelog
      ? { changelog: catalog.changelog.map((n, i) => t(`catalog.changelog.${i}`, n)) }
      : {}),
    ...(catalog.scoring
      ? {
          scoring: {
            ...catalog.scoring,
            ...(catalog.scoring.sharedFacts
              ? {
                  sharedFacts: catalog.scoring.sharedFacts.map((f) => ({
                    ...f,
                    why: t(`scoring.sharedFact.${f.q}`, f.why),
                  })),
                }
              : {}),
          },
        }
      : {}),
    schemes: catalog.schemes.map((s) => {
      const k = `scheme.${s.id}`;
      return {
        ...s,
        name: t(`${k}.name`, s.name),
        shortName: t(`${k}.shortName`, s.shortName),
        legalBasis: s.legalBasis.map((x, i) => t(`${k}.legalBasis.${i}`, x)),
        sources: s.sources.map((x, i) => ({ ...x, label: t(`${k}.sources.${i}`, x.label) })),
        confidenceNotes: s.confidenceNotes.map((x, i) => t(`${k}.confidenceNotes.${i}`, x)),
        scopes: s.scopes.map((x) => ({ ...x, label: t(`${k}.scope.${x.id}`, x.label) })),
        ...(s.restrictions
          ? {
              restrictions: s.restrictions.map((x) => ({
                ...x,
                summary: t(`${k}.restriction.${x.id}`, x.summary),
              })),
            }
          : {}),
        ...(s.registryFields
          ? {
              registryFields: s.registryFields.map((x) => ({
                ...x,
                label: t(`${k}.registryField.${x.field}`, x.label),
              })),
            }
          : {}),
        ...(s.regimeSwitch
          ? { regimeSwitch: { ...s.regimeSwitch, note: t(`${k}.regimeSwitch`, s.regimeSwitch.note) } }
          : {}),
        ...(s.scopeReasons
          ? {
              scopeReasons: s.scopeReasons.map((x, i) => ({
                ...x,
                reason: t(`${k}.scopeReason.${i}`, x.reason),
              })),
            }
          : {}),
        ...(s.facts ? { facts: s.facts.map((x) => ({ ...x, label: t(`${k}.fact.${x.id}`, x.label) })) } : {}),
        ...(s.catalogueEligibility
          ? {
              catalogueEligibility: {
                ...s.catalogueEligibility,
                note: t(`${k}.catalogueEligibility`, s.catalogueEligibility.note),
              },
            }
          : {}),
      };
    }),
    questions: catalog.questions.map((q) => {
      const k = `question.${q.id}`;
      const base = {
        ...q,
        label: t(`${k}.label`, q.label),
        prompt: t(`${k}.prompt`, q.prompt),
        help: t(`${k}.help`, q.help),
        evidence: q.evidence.map(ev),
        ...(q.naRefusal === undefined ? {} : { naRefusal: t(`${k}.naRefusal`, q.naRefusal) }),
      };
      if (base.type === "number") return { ...base, unit: t(`${k}.unit`, base.unit) };
      if (base.type === "choice" || base.type === "multi")
        return {
          ...base,
          options: base.options.map((o) => ({ ...o, label: t(`${k}.option.${o.value}`, o.label) })),
        };
      return base;
    }),
    criteria: catalog.criteria.map((c) => {
      const k = `criterion.${c.key}`;
      return {
        ...c,
        title: t(`${k}.title`, c.title),
        text: t(`${k}.text`, c.text),
        evidence: c.evidence.map(ev),
        ...(c.notes === undefined ? {} : { notes: t(`${k}.notes`, c.notes) }),
        ...(c.naRefusal === undefined ? {} : { naRefusal: t(`${k}.naRefusal`, c.naRefusal) }),
      };
    }),
  };
}

export type TLocalizedCatalogSource = (
  version: string,
  locale: Exclude<TLocale, "en">,
) => TCatalogDictionary | null;
