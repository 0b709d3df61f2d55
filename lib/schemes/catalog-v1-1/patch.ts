import type { TCondition } from "../conditions";
import type { TCatalog, TCriterion, TQuestion, TSchemeMeta } from "../types";

/**
 * A catalog version as data patches on its predecessor: the predecessor stays untouched (it is deep-copied), and
 * every patch names the question, criterion or scheme it changes, so the diff between versions reads like a list.
 */

export type TCriterionPatch = Partial<Omit<TCriterion, "key" | "scheme" | "id">>;
export type TQuestionPatch = Partial<Omit<TQuestion, "id" | "type" | "kind">>;

export type TCatalogPatch = {
  version: string;
  publishedOn: string;
  title: string;
  notes: string[];
  changelog: string[];
  scoring: NonNullable<TCatalog["scoring"]>;
  /** New questions, each inserted after the question id given (or at the end). */
  addQuestions: { after?: string; question: TQuestion }[];
  questions: Record<string, TQuestionPatch>;
  /** New criteria, each inserted after the criterion key given. */
  addCriteria: { after: string; criterion: TCriterion }[];
  /** Patches by criterion key, or by EN 18031 id for every part that has it ("*:GEC-1"). */
  criteria: Record<string, TCriterionPatch | ((c: TCriterion) => TCriterionPatch)>;
  schemes: Partial<Record<TSchemeMeta["id"], (m: TSchemeMeta) => TSchemeMeta>>;
};

function insertAfter<T>(list: T[], item: T, at: number): void {
  if (at < 0) list.push(item);
  else list.splice(at + 1, 0, item);
}

export function applyPatch(base: TCatalog, p: TCatalogPatch): TCatalog {
  const cat = structuredClone(base);
  const questions = cat.questions.map((q) => {
    const change = p.questions[q.id];
    if (!change) return q;
    return { ...q, ...change } as TQuestion;
  });
  for (const id of Object.keys(p.questions))
    if (!base.questions.some((q) => q.id === id)) throw new Error(`patch ${p.version}: no question ${id}`);
  for (const { after, question } of p.addQuestions)
    insertAfter(questions, question, after === undefined ? -1 : questions.findIndex((q) => q.id === after));
  const matched = new Set<string>();
  const criteria = cat.criteria.map((c) => {
    let out = c;
    for (const key of [`*:${c.id}`, c.key]) {
      const change = p.criteria[key];
      if (!change) continue;
      matched.add(key);
      out = { ...out, ...(typeof change === "function" ? change(out) : change) };
    }
    return out;
  });
  for (const key of Object.keys(p.criteria))
    if (!matched.has(key)) throw new Error(`patch ${p.version}: no criterion ${key}`);
  for (const { after, criterion } of p.addCriteria)
    insertAfter(
      criteria,
      criterion,
      criteria.findIndex((c) => c.key === after),
    );
  return {
    ...cat,
    version: p.version,
    publishedOn: p.publishedOn,
    title: p.title,
    notes: [...cat.notes, ...p.notes],
    changelog: p.changelog,
    scoring: p.scoring,
    questions,
    criteria,
    schemes: cat.schemes.map((s) => p.schemes[s.id]?.(s) ?? s),
  };
}

/** Replaces every leaf that reads question `from` with one reading `to` (same operator and value). */
export function renameFact(cond: TCondition, from: string, to: string): TCondition {
  switch (cond.op) {
    case "all":
    case "any":
      return { ...cond, of: cond.of.map((c) => renameFact(c, from, to)) };
    case "not":
      return { ...cond, cond: renameFact(cond.cond, from, to) };
    default:
      return cond.q === from ? { ...cond, q: to } : cond;
  }
}
