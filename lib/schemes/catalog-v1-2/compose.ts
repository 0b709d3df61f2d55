import { any } from "../build";
import type { TCondition } from "../conditions";
import type { TCatalogEntries } from "../i18n/dictionary";
import type { TCatalog, TCriterion, TQuestion, TSchemeMeta } from "../types";

/**
 * A scheme added by a catalog version: everything the catalog needs from it, in one file per scheme
 * (lib/schemes/catalog-v1-2/<scheme>.ts), composed in order by index.ts. Its texts are in English here and in
 * Simplified Chinese in `zhCN` (keys of lib/schemes/i18n/fields.ts); a missing translation fails validation.
 */
export type TSchemeAddition = {
  meta: TSchemeMeta;
  /**
   * Only the questions no existing one asks (reuse existing questions: the crosswalk then maps the new criteria to
   * the old by construction). Each goes after the question id given, or at the end of the questionnaire.
   */
  questions: { after?: string; question: TQuestion }[];
  /**
   * Existing questions asked only under a premise (visibleWhen, e.g. US-only questions) that this scheme reads too:
   * they are also asked while `when` holds (the scheme's scope). Only for a question no other scheme's criterion
   * reads outside its premise: catalog-v1-2.test.ts fails if an EU, US or China result changes (a US criterion
   * outside the US scope still reads its answer, for instance).
   */
  alsoAsk?: { when: TCondition; questions: string[] };
  /** The scheme's criteria, in the order the scheme lists them. */
  criteria: TCriterion[];
  /** What the scheme adds, for the catalog's changelog, in both languages. */
  changelog: { en: string; zhCN: string }[];
  /** Translations of every text the scheme adds: its metadata, criteria, new questions and their evidence lines. */
  zhCN: TCatalogEntries;
};

export type TCatalogVersionInfo = {
  version: string;
  publishedOn: string;
  title: { en: string; zhCN: string };
  notes: { en: string; zhCN: string }[];
  changelog: { en: string; zhCN: string }[];
};

/** The base catalog (deep-copied, untouched) plus the schemes, in the order given. */
export function composeCatalog(
  base: TCatalog,
  info: TCatalogVersionInfo,
  additions: readonly TSchemeAddition[],
): TCatalog {
  const cat = structuredClone(base);
  const questions = [...cat.questions];
  for (const a of additions)
    for (const id of a.alsoAsk?.questions ?? []) {
      const at = questions.findIndex((q) => q.id === id);
      const q = questions[at];
      if (!q) throw new Error(`${a.meta.id}: alsoAsk names unknown question ${id}`);
      if (q.visibleWhen) questions[at] = { ...q, visibleWhen: any(q.visibleWhen, a.alsoAsk!.when) };
    }
  for (const a of additions)
    for (const { after, question } of a.questions) {
      const at = after === undefined ? -1 : questions.findIndex((q) => q.id === after);
      if (after !== undefined && at < 0)
        throw new Error(`${a.meta.id}: question ${question.id} goes after unknown question ${after}`);
      if (at < 0) questions.push(question);
      else questions.splice(at + 1, 0, question);
    }
  return {
    ...cat,
    version: info.version,
    publishedOn: info.publishedOn,
    title: info.title.en,
    notes: [...cat.notes, ...info.notes.map((n) => n.en)],
    changelog: [...info.changelog, ...additions.flatMap((a) => a.changelog)].map((c) => c.en),
    schemes: [...cat.schemes, ...additions.map((a) => a.meta)],
    questions,
    criteria: [...cat.criteria, ...additions.flatMap((a) => a.criteria)],
  };
}

/** The Chinese entries 1.2.0 adds over the base dictionary: the version's own texts and every scheme's. */
export function composeEntries(
  base: TCatalog,
  info: TCatalogVersionInfo,
  additions: readonly TSchemeAddition[],
): TCatalogEntries {
  const entries: Record<string, string> = { "catalog.title": info.title.zhCN };
  info.notes.forEach((n, i) => (entries[`catalog.notes.${base.notes.length + i}`] = n.zhCN));
  [...info.changelog, ...additions.flatMap((a) => a.changelog)].forEach(
    (c, i) => (entries[`catalog.changelog.${i}`] = c.zhCN),
  );
  for (const a of additions) Object.assign(entries, a.zhCN);
  return entries;
}
