import type { TCondition } from "../conditions";
import type { TAnswers } from "../types";
import { CRA_FACTS } from "../catalog-v1-2/eu-cra";

/** True only when the condition definitely holds on these answers (an unanswered fact never holds). */
export function holds(c: TCondition, a: TAnswers): boolean {
  switch (c.op) {
    case "all":
      return c.of.every((x) => holds(x, a));
    case "any":
      return c.of.some((x) => holds(x, a));
    case "not":
      return fails(c.cond, a);
    case "eq":
      return a[c.q] === c.value;
    case "in":
      return c.values.some((v) => a[c.q] === v);
    case "answered":
      return a[c.q] !== undefined;
    case "num":
    case "date":
      return false;
  }
}

export function fails(c: TCondition, a: TAnswers): boolean {
  switch (c.op) {
    case "all":
      return c.of.some((x) => fails(x, a));
    case "any":
      return c.of.every((x) => fails(x, a));
    case "not":
      return holds(c.cond, a);
    case "eq":
    case "in":
      return a[c.q] !== undefined && !holds(c, a);
    default:
      return false;
  }
}

/** The CRA facts (CRA_FACTS) over profile answers: true, false, or null while a deciding answer is missing. */
export function craFactsFromAnswers(a: TAnswers): Record<string, boolean | null> {
  const out: Record<string, boolean | null> = {};
  for (const f of CRA_FACTS) out[f.id] = holds(f.when, a) ? true : fails(f.when, a) ? false : null;
  return out;
}
