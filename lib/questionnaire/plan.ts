// What the questionnaire shows and what submission requires, derived from the catalog and the answers only
// (pure: used by the client for live updates and by the server, which decides).
import {
  conditionQuestionIds,
  missingJustifications,
  type TAnswers,
  type TCatalog,
  type TQuestion,
  type TSchemeId,
} from "@/lib/schemes";
import { assess, compileCatalog } from "@/lib/scoring";
import { hiddenQuestions } from "@/lib/scoring/compile";
import type { TAssessment } from "@/lib/scoring/types";

export type TSectionPlan = {
  id: string;
  kind: "profile" | "control";
  title: string;
  questionIds: string[];
  answered: number;
};

export type TMissingItem = {
  questionId: string;
  reason: "unanswered" | "justification" | "evidence";
};

export type TQuestionnairePlan = {
  result: TAssessment;
  /** Questions to show, in catalog order; hidden ones no in-scope criterion of a target scheme needs. */
  visible: Set<string>;
  sections: TSectionPlan[];
  /** Control questions whose answer claims the control (yes/partial): each needs at least one evidence file. */
  needsEvidence: Set<string>;
  missing: TMissingItem[];
  answeredCount: number;
  visibleCount: number;
};

type TStatic = {
  profileByScheme: Map<TSchemeId, Set<string>>;
  readsByCriterion: Map<string, string[]>;
};
const staticCache = new WeakMap<TCatalog, TStatic>();

function staticIndex(catalog: TCatalog): TStatic {
  const hit = staticCache.get(catalog);
  if (hit) return hit;
  const kinds = new Map(catalog.questions.map((q) => [q.id, q.kind]));
  // Questions shown whenever a scheme is targeted: what decides its scope, regime and registry information.
  const profileByScheme = new Map<TSchemeId, Set<string>>();
  const readsByCriterion = new Map<string, string[]>();
  for (const c of catalog.criteria) {
    const reads = new Set(conditionQuestionIds(c.satisfaction));
    if (c.applicability) conditionQuestionIds(c.applicability).forEach((q) => reads.add(q));
    readsByCriterion.set(c.key, [...reads]);
  }
  for (const meta of catalog.schemes) {
    const set = new Set<string>();
    for (const scope of meta.scopes)
      if (scope.condition) conditionQuestionIds(scope.condition).forEach((q) => set.add(q));
    for (const f of meta.registryFields ?? []) f.questions.forEach((q) => set.add(q));
    if (meta.regimeSwitch) conditionQuestionIds(meta.regimeSwitch.condition).forEach((q) => set.add(q));
    if (meta.catalogueEligibility)
      conditionQuestionIds(meta.catalogueEligibility.condition).forEach((q) => set.add(q));
    // A restriction (EU Official Journal) reads its own questions: they matter wherever one of its criteria applies.
    for (const r of meta.restrictions ?? []) {
      const triggerQs = conditionQuestionIds(r.trigger);
      for (const c of catalog.criteria) {
        if (c.scheme !== meta.id || !r.criteria.includes(c.id) || (c.eu && !r.parts.includes(c.eu.part)))
          continue;
        readsByCriterion.set(c.key, [...new Set([...(readsByCriterion.get(c.key) ?? []), ...triggerQs])]);
      }
    }
    profileByScheme.set(meta.id, set);
  }
  for (const c of catalog.criteria) {
    const set = profileByScheme.get(c.scheme);
    for (const q of readsByCriterion.get(c.key) ?? []) if (kinds.get(q) === "profile") set?.add(q);
  }
  const idx = { profileByScheme, readsByCriterion };
  staticCache.set(catalog, idx);
  return idx;
}

export function isAnswered(q: TQuestion, answers: TAnswers): boolean {
  const v = answers[q.id];
  if (v === undefined || v === null) return false;
  if (Array.isArray(v)) return true; // "none of these" is a valid multi answer
  if (typeof v === "string") return v.trim().length > 0;
  return true;
}

function claimsControl(answers: TAnswers, id: string): boolean {
  const v = answers[id];
  return (
    typeof v === "object" && v !== null && !Array.isArray(v) && (v.status === "yes" || v.status === "partial")
  );
}

export function planQuestionnaire(
  catalog: TCatalog,
  answers: TAnswers,
  targetSchemes: readonly TSchemeId[],
  evidenceByQuestion: ReadonlyMap<string, number> = new Map(),
): TQuestionnairePlan {
  const idx = staticIndex(catalog);
  const result = assess(catalog, answers);
  const targets = new Set(targetSchemes);
  const visible = new Set<string>();
  for (const s of targetSchemes) idx.profileByScheme.get(s)?.forEach((q) => visible.add(q));
  // A control question stays visible while some criterion of a target scheme may still need it: hidden only once
  // the profile answers make every such criterion NOT_APPLICABLE.
  for (const r of result.criteria) {
    if (!targets.has(r.scheme) || r.verdict === "NOT_APPLICABLE") continue;
    for (const q of idx.readsByCriterion.get(r.key) ?? []) visible.add(q);
  }
  // Catalog 1.1.0: a follow-up whose premise is false (visibleWhen) is neither shown nor counted in progress.
  for (const id of hiddenQuestions(compileCatalog(catalog), answers)) visible.delete(id);

  const sections = new Map<string, TSectionPlan>();
  const needsEvidence = new Set<string>();
  const missing: TMissingItem[] = [];
  const noJustification = new Set(missingJustifications(catalog, answers));
  let answeredCount = 0;
  for (const q of catalog.questions) {
    if (!visible.has(q.id)) continue;
    const sectionId = `${q.kind}:${q.topic}`;
    let section = sections.get(sectionId);
    if (!section) {
      section = { id: sectionId, kind: q.kind, title: q.topic, questionIds: [], answered: 0 };
      sections.set(sectionId, section);
    }
    section.questionIds.push(q.id);
    const answered = isAnswered(q, answers) && !noJustification.has(q.id);
    if (answered) {
      section.answered += 1;
      answeredCount += 1;
    }
    if (!isAnswered(q, answers)) missing.push({ questionId: q.id, reason: "unanswered" });
    else if (noJustification.has(q.id)) missing.push({ questionId: q.id, reason: "justification" });
    if (q.type === "control" && q.evidence.length > 0 && claimsControl(answers, q.id)) {
      needsEvidence.add(q.id);
      if (!(evidenceByQuestion.get(q.id) ?? 0)) missing.push({ questionId: q.id, reason: "evidence" });
    }
  }
  // Profile sections first, then controls, each in catalog order (Map keeps insertion order).
  const ordered = [...sections.values()].sort((a, b) =>
    a.kind === b.kind ? 0 : a.kind === "profile" ? -1 : 1,
  );
  return {
    result,
    visible,
    sections: ordered,
    needsEvidence,
    missing,
    answeredCount,
    visibleCount: visible.size,
  };
}
