import type { TAnswerValue, TSchemeId } from "@/lib/schemes";
import { perScheme } from "@/lib/schemes/registry";
import type { TCnResult, TEuArticleResult, TUsResult, TVerdict } from "@/lib/scoring";

/** Plain-language wording shared by the artwork and the report, so both say the same thing about a result. */

export const SCHEME_TITLE: Record<TSchemeId, string> = perScheme((m) => m.reportTitle);

export const VERDICT_TEXT: Record<TVerdict, string> = {
  PASS: "Pass",
  FAIL: "Fail",
  NOT_APPLICABLE: "N/A",
  UNANSWERED: "Open",
};

export function euShort(a: TEuArticleResult): string {
  switch (a.status) {
    case "presumption":
      return "Conforms · Module A";
    case "notified_body_required":
      return a.conformant === false ? "Does not conform" : "Conforms · notified body route";
    case "no_presumption":
      return a.conformant === false
        ? `Does not conform (${a.failing.length} failing)`
        : "No presumption · notified body route";
    case "incomplete":
      return `Incomplete (${a.unanswered.length} open)`;
    case "not_required":
      return "Not applicable to this product";
  }
}

export { EU_ARTICLE_NAME } from "@/lib/schemes/eu-red/ui-text";

export const EU_ROUTE_TEXT: Record<TEuArticleResult["route"], string> = {
  none: "—",
  undetermined: "Undetermined",
  notified_body: "Notified body (EU type examination, Module B+C or H)",
  module_a: "Module A: internal production control",
};

export function usHeadline(us: TUsResult): string {
  switch (us.status) {
    case "eligible":
      return "Label eligible";
    case "not_eligible":
      return "Not eligible";
    case "incomplete":
      return "Incomplete";
    case "out_of_scope":
      return "Out of scope";
  }
}

export function cnHeadline(cn: TCnResult): string {
  if (cn.inScope === false) return "Out of scope";
  return cn.stars === 0 ? "No star reached" : `${cn.stars} of 3 stars`;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;
export function day(iso: string | null): string {
  if (iso === null) return "—";
  return ISO_DAY.exec(iso)?.[1] ?? iso;
}

/** Compact display of an answer for the criteria table (never the evidence bytes, only what was answered). */
export function answerText(v: TAnswerValue | null | undefined, unit?: string): string {
  if (v === null || v === undefined) return "unanswered";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return unit ? `${v} ${unit}` : String(v);
  if (typeof v === "string") return v.length > 48 ? `${v.slice(0, 47)}…` : v;
  if (Array.isArray(v)) return v.join(", ") || "none";
  if (v.status === "not_applicable") return v.justification ? "N/A (justified)" : "N/A (no justification)";
  return v.status;
}
