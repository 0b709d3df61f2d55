import type { TCondition, TScalar } from "./conditions";
import type { TQuestion } from "./types";

/** Small constructors that keep the catalog data files readable. They only build plain data. */

export const all = (...of: TCondition[]): TCondition => ({ op: "all", of });
export const any = (...of: TCondition[]): TCondition => ({ op: "any", of });
export const not = (cond: TCondition): TCondition => ({ op: "not", cond });
export const eq = (q: string, value: TScalar): TCondition => ({ op: "eq", q, value });
export const isIn = (q: string, values: TScalar[]): TCondition => ({ op: "in", q, values });
export const answered = (q: string): TCondition => ({ op: "answered", q });
export const gte = (q: string, value: number): TCondition => ({ op: "num", q, cmp: "gte", value });
export const dateGte = (q: string, value: string): TCondition => ({ op: "date", q, cmp: "gte", value });

/** Profile flag set. */
export const is = (q: string): TCondition => eq(q, true);
/** Profile flag not set. */
export const isNot = (q: string): TCondition => eq(q, false);
/** Control answered "yes". */
export const yes = (q: string): TCondition => eq(q, "yes");
/** Control answered "yes" or a justified "not applicable" for this sub-item. */
export const yesOrNa = (q: string): TCondition => isIn(q, ["yes", "not_applicable"]);
/** "Either the profile flag is off, or the control is satisfied": a guard inside a satisfaction condition. */
export const unlessOr = (profileFlag: string, cond: TCondition): TCondition => any(isNot(profileFlag), cond);

type TBase = Pick<TQuestion, "id" | "topic" | "label" | "prompt" | "help" | "evidence">;

export function profileFlag(
  id: string,
  topic: string,
  label: string,
  prompt: string,
  help: string,
  evidence: string[] = ["Product description"],
): TQuestion {
  return { id, kind: "profile", type: "boolean", topic, label, prompt, help, evidence };
}

export function control(
  id: string,
  topic: string,
  label: string,
  prompt: string,
  help: string,
  evidence: string[],
): TQuestion {
  return { id, kind: "control", type: "control", topic, label, prompt, help, evidence };
}

export function numberQ(base: TBase, unit: string, min?: number, max?: number): TQuestion {
  return { ...base, kind: "control", type: "number", unit, min, max, integer: true };
}

export function dateQ(base: TBase, kind: "profile" | "control"): TQuestion {
  return { ...base, kind, type: "date" };
}

export function textQ(base: TBase): TQuestion {
  return { ...base, kind: "control", type: "text" };
}

export function choiceQ(
  base: TBase,
  kind: "profile" | "control",
  options: { value: string; label: string }[],
): TQuestion {
  return { ...base, kind, type: "choice", options };
}
