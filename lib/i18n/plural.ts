// Counts printed with a noun ("1 criterion", "2 criteria"), one helper for the UI and the report until the strings
// move to ICU messages (next-intl). English plural rules from Intl.PluralRules, so a later locale only adds forms.

export type TNoun = { one: string; other: string };

const rules = new Intl.PluralRules("en");
const number = new Intl.NumberFormat("en-US");

/** The noun form for n: "criterion" for 1, "criteria" for 0, 2, 1.5… */
export function noun(n: number, forms: TNoun): string {
  return rules.select(n) === "one" ? forms.one : forms.other;
}

/** n with its noun: "1 criterion", "0 criteria", "1,204 bytes". */
export function count(n: number, forms: TNoun): string {
  return `${number.format(n)} ${noun(n, forms)}`;
}

/** Words counted in the app, so each form is written once. */
export const N = {
  criterion: { one: "criterion", other: "criteria" },
  question: { one: "question", other: "questions" },
  answer: { one: "answer", other: "answers" },
  decision: { one: "decision", other: "decisions" },
  comment: { one: "comment", other: "comments" },
  file: { one: "file", other: "files" },
  byte: { one: "byte", other: "bytes" },
  star: { one: "star", other: "stars" },
  verdict: { one: "engine verdict", other: "engine verdicts" },
  assessment: { one: "assessment", other: "assessments" },
  round: { one: "round", other: "rounds" },
  reviewer: { one: "reviewer", other: "reviewers" },
  product: { one: "product", other: "products" },
  item: { one: "item", other: "items" },
  justification: { one: "justification", other: "justifications" },
  evidenceFile: { one: "evidence file", other: "evidence files" },
  minute: { one: "minute", other: "minutes" },
  hour: { one: "hour", other: "hours" },
  day: { one: "day", other: "days" },
} as const satisfies Record<string, TNoun>;

/** "is" or "are", "was" or "were" to agree with a count. */
export const verb = (n: number, one: string, other: string) => (rules.select(n) === "one" ? one : other);
