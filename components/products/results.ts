import "server-only";
import { getCatalog, parseAnswers, type TAnswers } from "@/lib/schemes";
import { assess, type TAssessment } from "@/lib/scoring";
import { logError } from "@/lib/log";

type AnswerRow = { questionId: string; value: unknown };

/**
 * Runs the pure scoring engine on an assessment's stored answers. When the set does not parse, each answer is parsed
 * on its own so one invalid stored value (say, a question removed from the catalog) drops that answer, not the result.
 */
export function computeResults(a: {
  id: string;
  catalogVersion: string;
  answers: AnswerRow[];
}): TAssessment | null {
  let catalog;
  try {
    catalog = getCatalog(a.catalogVersion);
  } catch (err) {
    logError(`assessment ${a.id} uses an unknown catalog version`, err);
    return null;
  }
  const whole = parseAnswers(catalog, Object.fromEntries(a.answers.map((r) => [r.questionId, r.value])));
  if (whole.success) return assess(catalog, whole.data);
  const answers: Record<string, TAnswers[string]> = {};
  for (const row of a.answers) {
    const one = parseAnswers(catalog, { [row.questionId]: row.value });
    if (one.success) Object.assign(answers, one.data);
  }
  return assess(catalog, answers);
}
