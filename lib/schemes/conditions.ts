import { z } from "zod";

/**
 * The condition language. Conditions are data (never code) so a catalog version can be validated, diffed,
 * exported and printed; the scoring engine compiles them once per catalog (see lib/scoring/compile.ts).
 */

export const CONTROL_STATUSES = ["yes", "partial", "no", "not_applicable"] as const;
export const ZControlStatus = z.enum(CONTROL_STATUSES);
export type TControlStatus = z.infer<typeof ZControlStatus>;

export const ZCompare = z.enum(["lt", "lte", "gt", "gte", "eq"]);
export type TCompare = z.infer<typeof ZCompare>;

/** Scalar a leaf compares with: a boolean, a control status, a choice value or a number. */
export const ZScalar = z.union([z.string().min(1), z.number(), z.boolean()]);
export type TScalar = z.infer<typeof ZScalar>;

const ZQuestionRef = z.string().min(1);
const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD");

export type TCondition =
  | { op: "all"; of: TCondition[] }
  | { op: "any"; of: TCondition[] }
  | { op: "not"; cond: TCondition }
  | { op: "eq"; q: string; value: TScalar }
  | { op: "in"; q: string; values: TScalar[] }
  | { op: "num"; q: string; cmp: TCompare; value: number }
  | { op: "date"; q: string; cmp: TCompare; value: string }
  | { op: "answered"; q: string };

export const ZCondition: z.ZodType<TCondition> = z.lazy(() =>
  z.discriminatedUnion("op", [
    z.object({ op: z.literal("all"), of: z.array(ZCondition).min(1) }).strict(),
    z.object({ op: z.literal("any"), of: z.array(ZCondition).min(1) }).strict(),
    z.object({ op: z.literal("not"), cond: ZCondition }).strict(),
    z.object({ op: z.literal("eq"), q: ZQuestionRef, value: ZScalar }).strict(),
    z.object({ op: z.literal("in"), q: ZQuestionRef, values: z.array(ZScalar).min(1) }).strict(),
    z.object({ op: z.literal("num"), q: ZQuestionRef, cmp: ZCompare, value: z.number() }).strict(),
    z.object({ op: z.literal("date"), q: ZQuestionRef, cmp: ZCompare, value: ZIsoDate }).strict(),
    z.object({ op: z.literal("answered"), q: ZQuestionRef }).strict(),
  ]),
);

/** Every question id a condition reads, in first-seen order without duplicates. */
export function conditionQuestionIds(cond: TCondition, out: string[] = []): string[] {
  switch (cond.op) {
    case "all":
    case "any":
      for (const c of cond.of) conditionQuestionIds(c, out);
      return out;
    case "not":
      return conditionQuestionIds(cond.cond, out);
    default:
      if (!out.includes(cond.q)) out.push(cond.q);
      return out;
  }
}

/** Three-valued (Kleene) truth: a condition over an unanswered question is UNKNOWN, never true or false. */
export const TRI_FALSE = 0;
export const TRI_TRUE = 1;
export const TRI_UNKNOWN = 2;
export type TTri = 0 | 1 | 2;

export function compareNumbers(a: number, cmp: TCompare, b: number): boolean {
  switch (cmp) {
    case "lt":
      return a < b;
    case "lte":
      return a <= b;
    case "gt":
      return a > b;
    case "gte":
      return a >= b;
    case "eq":
      return a === b;
  }
}

/** ISO dates (YYYY-MM-DD) compare correctly as strings; this avoids Date parsing in the hot path. */
export function compareDates(a: string, cmp: TCompare, b: string): boolean {
  switch (cmp) {
    case "lt":
      return a < b;
    case "lte":
      return a <= b;
    case "gt":
      return a > b;
    case "gte":
      return a >= b;
    case "eq":
      return a === b;
  }
}
