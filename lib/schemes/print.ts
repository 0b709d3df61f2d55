import type { TCondition, TScalar } from "./conditions";
import type { TQuestion } from "./types";

/** Renders a condition in plain language for the catalog browser, the questionnaire and the report. */

const STATUS_WORDS: Record<string, string> = {
  yes: "yes",
  no: "no",
  partial: "partly",
  not_applicable: "not applicable",
};
const CMP_WORDS = { lt: "below", lte: "at most", gt: "above", gte: "at least", eq: "exactly" } as const;

function valueWords(q: TQuestion | undefined, v: TScalar): string {
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (q?.type === "control" && typeof v === "string") return `“${STATUS_WORDS[v] ?? v}”`;
  if ((q?.type === "choice" || q?.type === "multi") && typeof v === "string") {
    return `“${q.options.find((o) => o.value === v)?.label ?? v}”`;
  }
  return `“${String(v)}”`;
}

export function printCondition(
  cond: TCondition,
  lookup: (id: string) => TQuestion | undefined,
  nested = false,
): string {
  const label = (id: string) => lookup(id)?.label ?? id;
  const wrap = (s: string) => (nested ? `(${s})` : s);
  switch (cond.op) {
    case "all":
      return cond.of.length === 1 && cond.of[0]
        ? printCondition(cond.of[0], lookup, nested)
        : wrap(cond.of.map((c) => printCondition(c, lookup, true)).join(" and "));
    case "any":
      return cond.of.length === 1 && cond.of[0]
        ? printCondition(cond.of[0], lookup, nested)
        : wrap(cond.of.map((c) => printCondition(c, lookup, true)).join(" or "));
    case "not": {
      const inner = cond.cond;
      if (inner.op === "eq") return `${label(inner.q)}: not ${valueWords(lookup(inner.q), inner.value)}`;
      return `not ${printCondition(inner, lookup, true)}`;
    }
    case "eq": {
      const q = lookup(cond.q);
      if (q?.type === "boolean") return cond.value === true ? label(cond.q) : `no ${label(cond.q)}`;
      return `${label(cond.q)}: ${valueWords(q, cond.value)}`;
    }
    case "in":
      return `${label(cond.q)}: ${cond.values.map((v) => valueWords(lookup(cond.q), v)).join(" or ")}`;
    case "num": {
      const q = lookup(cond.q);
      const unit = q?.type === "number" ? ` ${q.unit}` : "";
      return `${label(cond.q)} ${CMP_WORDS[cond.cmp]} ${cond.value}${unit}`;
    }
    case "date":
      return `${label(cond.q)} ${{ lt: "before", lte: "on or before", gt: "after", gte: "on or after", eq: "on" }[cond.cmp]} ${cond.value}`;
    case "answered":
      return `${label(cond.q)} provided`;
  }
}
