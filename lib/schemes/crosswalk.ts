import { conditionQuestionIds } from "./conditions";
import type { TCatalog, TCriterion, TSchemeId } from "./types";

/**
 * Crosswalk by construction: two criteria of different schemes are mapped when their satisfaction conditions
 * read the same control question. Profile questions are left out on purpose: almost every criterion reads
 * "has a network interface", which would map everything to everything.
 */

export type TCrosswalkEntry = {
  key: string;
  scheme: TSchemeId;
  id: string;
  title: string;
  sharedQuestionIds: string[];
};
export type TCrosswalk = {
  key: string;
  controlQuestionIds: string[];
  otherSchemes: TCrosswalkEntry[];
  etsi: string[];
  related: string[];
};

type TIndex = {
  byKey: Map<string, TCriterion>;
  controls: Map<string, string[]>;
  byQuestion: Map<string, string[]>;
};
const indexCache = new WeakMap<TCatalog, TIndex>();

function index(catalog: TCatalog): TIndex {
  const hit = indexCache.get(catalog);
  if (hit) return hit;
  const kinds = new Map(catalog.questions.map((q) => [q.id, q.kind]));
  const byKey = new Map<string, TCriterion>();
  const controls = new Map<string, string[]>();
  const byQuestion = new Map<string, string[]>();
  for (const c of catalog.criteria) {
    byKey.set(c.key, c);
    const qs = conditionQuestionIds(c.satisfaction).filter((q) => kinds.get(q) === "control");
    controls.set(c.key, qs);
    for (const q of qs) byQuestion.set(q, [...(byQuestion.get(q) ?? []), c.key]);
  }
  const idx = { byKey, controls, byQuestion };
  indexCache.set(catalog, idx);
  return idx;
}

export function getCrosswalk(catalog: TCatalog, key: string): TCrosswalk | undefined {
  const idx = index(catalog);
  const c = idx.byKey.get(key);
  if (!c) return undefined;
  const own = idx.controls.get(key) ?? [];
  const shared = new Map<string, string[]>();
  for (const q of own) {
    for (const other of idx.byQuestion.get(q) ?? []) {
      const o = idx.byKey.get(other);
      if (!o || o.scheme === c.scheme) continue;
      shared.set(other, [...(shared.get(other) ?? []), q]);
    }
  }
  const otherSchemes = [...shared.entries()].map(([k, qs]) => {
    const o = idx.byKey.get(k) as TCriterion;
    return { key: k, scheme: o.scheme, id: o.id, title: o.title, sharedQuestionIds: qs };
  });
  return {
    key,
    controlQuestionIds: own,
    otherSchemes,
    etsi: c.references.etsi,
    related: c.references.related,
  };
}

/** Criteria (any scheme) whose satisfaction reads a control question: used by the gap list and the questionnaire. */
export function criteriaReadingQuestion(catalog: TCatalog, questionId: string): string[] {
  return index(catalog).byQuestion.get(questionId) ?? [];
}
