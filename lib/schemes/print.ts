import type { TCondition, TScalar } from "./conditions";
import type { TQuestion } from "./types";

/** Renders a condition in plain language for the catalog browser, the questionnaire and the report. */

/** The connecting words of a printed condition, per language (question labels come from the catalog passed in). */
export type TConditionWords = {
  status: Record<string, string>;
  cmp: Record<"lt" | "lte" | "gt" | "gte" | "eq", string>;
  date: Record<"lt" | "lte" | "gt" | "gte" | "eq", string>;
  yes: string;
  no: string;
  and: string;
  or: string;
  colon: string;
  quote: (s: string) => string;
  not: (s: string) => string;
  isNot: (label: string, value: string) => string;
  absent: (label: string) => string;
  provided: (label: string) => string;
  num: (label: string, cmp: string, value: string) => string;
};

export const CONDITION_WORDS_EN: TConditionWords = {
  status: { yes: "yes", no: "no", partial: "partly", not_applicable: "not applicable" },
  cmp: { lt: "below", lte: "at most", gt: "above", gte: "at least", eq: "exactly" },
  date: { lt: "before", lte: "on or before", gt: "after", gte: "on or after", eq: "on" },
  yes: "yes",
  no: "no",
  and: " and ",
  or: " or ",
  colon: ": ",
  quote: (s) => `“${s}”`,
  not: (s) => `not ${s}`,
  isNot: (label, value) => `${label}: not ${value}`,
  absent: (label) => `no ${label}`,
  provided: (label) => `${label} provided`,
  num: (label, cmp, value) => `${label} ${cmp} ${value}`,
};

export const CONDITION_WORDS_ZH: TConditionWords = {
  status: { yes: "是", no: "否", partial: "部分", not_applicable: "不适用" },
  cmp: { lt: "低于", lte: "不超过", gt: "高于", gte: "至少", eq: "等于" },
  date: { lt: "早于", lte: "不晚于", gt: "晚于", gte: "不早于", eq: "为" },
  yes: "是",
  no: "否",
  and: "，且",
  or: "，或",
  colon: "：",
  quote: (s) => `“${s}”`,
  not: (s) => `并非${s}`,
  isNot: (label, value) => `${label}：不是${value}`,
  absent: (label) => `无${label}`,
  provided: (label) => `已提供${label}`,
  num: (label, cmp, value) => `${label}${cmp} ${value}`,
};

function valueWords(q: TQuestion | undefined, v: TScalar, w: TConditionWords): string {
  if (typeof v === "boolean") return v ? w.yes : w.no;
  if (q?.type === "control" && typeof v === "string") return w.quote(w.status[v] ?? v);
  if ((q?.type === "choice" || q?.type === "multi") && typeof v === "string") {
    return w.quote(q.options.find((o) => o.value === v)?.label ?? v);
  }
  return w.quote(String(v));
}

export function printCondition(
  cond: TCondition,
  lookup: (id: string) => TQuestion | undefined,
  nested = false,
  w: TConditionWords = CONDITION_WORDS_EN,
): string {
  const label = (id: string) => lookup(id)?.label ?? id;
  const wrap = (s: string) => (nested ? `(${s})` : s);
  switch (cond.op) {
    case "all":
      return cond.of.length === 1 && cond.of[0]
        ? printCondition(cond.of[0], lookup, nested, w)
        : wrap(cond.of.map((c) => printCondition(c, lookup, true, w)).join(w.and));
    case "any":
      return cond.of.length === 1 && cond.of[0]
        ? printCondition(cond.of[0], lookup, nested, w)
        : wrap(cond.of.map((c) => printCondition(c, lookup, true, w)).join(w.or));
    case "not": {
      const inner = cond.cond;
      if (inner.op === "eq") return w.isNot(label(inner.q), valueWords(lookup(inner.q), inner.value, w));
      return w.not(printCondition(inner, lookup, true, w));
    }
    case "eq": {
      const q = lookup(cond.q);
      if (q?.type === "boolean") return cond.value === true ? label(cond.q) : w.absent(label(cond.q));
      return `${label(cond.q)}${w.colon}${valueWords(q, cond.value, w)}`;
    }
    case "in":
      return `${label(cond.q)}${w.colon}${cond.values.map((v) => valueWords(lookup(cond.q), v, w)).join(w.or)}`;
    case "num": {
      const q = lookup(cond.q);
      const unit = q?.type === "number" ? ` ${q.unit}` : "";
      return w.num(label(cond.q), w.cmp[cond.cmp], `${cond.value}${unit}`);
    }
    case "date":
      return w.num(label(cond.q), w.date[cond.cmp], cond.value);
    case "answered":
      return w.provided(label(cond.q));
  }
}
