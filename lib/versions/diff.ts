// What changed between the label a re-assessment starts from and the re-assessment now (pure): answers, the
// evidence of each question (by content hash), and the results per scheme. The lab sees this first; carried
// decisions stand for the criteria none of it touches (lib/review/stale.ts).
import { LOCALES, type TLocale } from "@/lib/i18n/locales";
import { resultLineIn } from "@/lib/schemes/result-line";
import { sameJson } from "@/lib/review/stale";
import type { TCatalog, TSchemeId } from "@/lib/schemes";
import type { TAssessment } from "@/lib/scoring/types";

export type TAnswerChange = { questionId: string; label: string; before: unknown; after: unknown };
export type TEvidenceChange = { questionId: string; label: string; added: string[]; removed: string[] };
/** `before`/`after`: the English lines (what is compared); `shown`: the same results in each language. */
export type TResultChange = {
  scheme: TSchemeId;
  before: string;
  after: string;
  shown: Record<TLocale, { before: string; after: string }>;
};

export type TVersionDiff = {
  answers: TAnswerChange[];
  evidence: TEvidenceChange[];
  results: TResultChange[];
  /** Every question whose answer or evidence changed: what the review's "changed" filter highlights. */
  questions: string[];
};

type TFile = { fileName: string; sha256: string; questionIds: string[] };

function filesByQuestion(files: readonly TFile[]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const f of files)
    for (const q of f.questionIds) {
      const m = out.get(q) ?? new Map<string, string>();
      m.set(f.sha256, f.fileName);
      out.set(q, m);
    }
  return out;
}

export function versionDiff(input: {
  catalog: TCatalog;
  schemes: readonly TSchemeId[];
  before: { answers: Record<string, unknown>; evidence: readonly TFile[]; result: TAssessment };
  after: { answers: Record<string, unknown>; evidence: readonly TFile[]; result: TAssessment };
}): TVersionDiff {
  const label = new Map(input.catalog.questions.map((q) => [q.id, q.label]));
  const ids = [...new Set([...Object.keys(input.before.answers), ...Object.keys(input.after.answers)])];
  const order = new Map(input.catalog.questions.map((q, i) => [q.id, i]));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9);
  const answers = ids
    .filter((q) => !sameJson(input.before.answers[q] ?? null, input.after.answers[q] ?? null))
    .sort(byOrder)
    .map((q) => ({
      questionId: q,
      label: label.get(q) ?? q,
      before: input.before.answers[q] ?? null,
      after: input.after.answers[q] ?? null,
    }));
  const fb = filesByQuestion(input.before.evidence);
  const fa = filesByQuestion(input.after.evidence);
  const evidence = [...new Set([...fb.keys(), ...fa.keys()])]
    .sort(byOrder)
    .map((q) => {
      const b = fb.get(q) ?? new Map<string, string>();
      const a = fa.get(q) ?? new Map<string, string>();
      return {
        questionId: q,
        label: label.get(q) ?? q,
        added: [...a].filter(([h]) => !b.has(h)).map(([, n]) => n),
        removed: [...b].filter(([h]) => !a.has(h)).map(([, n]) => n),
      };
    })
    .filter((e) => e.added.length || e.removed.length);
  // One line per scheme and language (English: the modules' diffLine, what is compared).
  const results = input.schemes
    .map((scheme) => {
      const shown = Object.fromEntries(
        LOCALES.map((l) => [
          l,
          {
            before: resultLineIn(input.before.result, scheme, l),
            after: resultLineIn(input.after.result, scheme, l),
          },
        ]),
      ) as TResultChange["shown"];
      return { scheme, ...shown.en, shown };
    })
    .filter((r) => r.before !== r.after);
  const questions = [
    ...new Set([...answers.map((a) => a.questionId), ...evidence.map((e) => e.questionId)]),
  ].sort(byOrder);
  return { answers, evidence, results, questions };
}

/** A short, readable form of an answer value for the diff list. */
export function answerText(v: unknown): string {
  if (v === null || v === undefined) return "(no answer)";
  if (typeof v === "string") return v.length > 80 ? `${v.slice(0, 77)}…` : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return v.map(answerText).join(", ");
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.status === "string") return o.status.replace(/_/g, " ");
    if (o.na === true) return "not applicable";
  }
  return JSON.stringify(v).slice(0, 80);
}
