// Plain-language wording of scheme results, shared by the questionnaire, the dashboard and the review screens.
import type { TSchemeId } from "@/lib/schemes";
import type { TAssessment, TCriterionResult, TEuStatus, TUsStatus, TVerdict } from "@/lib/scoring/types";

export const EU_STATUS_TEXT: Record<TEuStatus, { text: string; tone: "ok" | "bad" | "warn" | "info" | "" }> =
  {
    not_required: { text: "Not required for this product", tone: "" },
    incomplete: { text: "Incomplete: answers missing", tone: "info" },
    no_presumption: { text: "Not conformant: fix the failures or use a notified body", tone: "bad" },
    notified_body_required: { text: "Conformant, but a notified body is required", tone: "warn" },
    presumption: { text: "Conformant: self-assessment (Module A) allowed", tone: "ok" },
  };

export const US_STATUS_TEXT: Record<TUsStatus, { text: string; tone: "ok" | "bad" | "warn" | "info" | "" }> =
  {
    out_of_scope: { text: "Not in the program's scope", tone: "" },
    incomplete: { text: "Incomplete: answers missing", tone: "info" },
    not_eligible: { text: "Not eligible yet", tone: "bad" },
    eligible: { text: "Eligible for the label", tone: "ok" },
  };

export const VERDICT_TEXT: Record<TVerdict, { text: string; tone: "ok" | "bad" | "warn" | "info" | "" }> = {
  PASS: { text: "Pass", tone: "ok" },
  FAIL: { text: "Fail", tone: "bad" },
  NOT_APPLICABLE: { text: "Not applicable", tone: "" },
  UNANSWERED: { text: "Unanswered", tone: "info" },
};

export function starsText(stars: number): string {
  return `${"★".repeat(stars)}${"☆".repeat(3 - stars)}`;
}

export type TSchemeTally = { pass: number; fail: number; na: number; open: number; total: number };

export function tallyByScheme(criteria: readonly TCriterionResult[]): Record<TSchemeId, TSchemeTally> {
  const out: Record<TSchemeId, TSchemeTally> = {
    EU_RED: { pass: 0, fail: 0, na: 0, open: 0, total: 0 },
    US_CTM: { pass: 0, fail: 0, na: 0, open: 0, total: 0 },
    CN_CCL: { pass: 0, fail: 0, na: 0, open: 0, total: 0 },
  };
  for (const r of criteria) {
    const t = out[r.scheme];
    t.total++;
    if (r.verdict === "PASS") t.pass++;
    else if (r.verdict === "FAIL") t.fail++;
    else if (r.verdict === "NOT_APPLICABLE") t.na++;
    else t.open++;
  }
  return out;
}

/** A one-line summary of a scheme result, e.g. for the dashboard. */
export function schemeSummary(
  result: TAssessment,
  scheme: TSchemeId,
): { text: string; tone: "ok" | "bad" | "warn" | "info" | "" } {
  if (scheme === "US_CTM") return US_STATUS_TEXT[result.us.status];
  if (scheme === "CN_CCL") {
    if (result.cn.inScope === false) return { text: "Not in scope", tone: "" };
    return {
      text: `${starsText(result.cn.stars)} ${result.cn.stars} of 3 stars`,
      tone: result.cn.stars > 0 ? "ok" : "bad",
    };
  }
  const inScope = result.eu.articles.filter((a) => a.inScope !== false);
  if (inScope.length === 0) return { text: "No article applies", tone: "" };
  const worst = ["no_presumption", "incomplete", "notified_body_required", "presumption"] as const;
  for (const s of worst) {
    if (inScope.some((a) => a.status === s)) {
      const arts = inScope
        .filter((a) => a.status === s)
        .map((a) => `3(3)(${a.article})`)
        .join(", ");
      return { text: `${arts}: ${EU_STATUS_TEXT[s].text}`, tone: EU_STATUS_TEXT[s].tone };
    }
  }
  return { text: "Not required", tone: "" };
}

/** Gaps relevant to the chosen schemes ("EU:d", "US", "CN:2" targets). */
export function gapsFor(result: TAssessment, schemes: readonly TSchemeId[]) {
  const prefixes = schemes.map((s) => (s === "EU_RED" ? "EU" : s === "US_CTM" ? "US" : "CN"));
  return result.gaps.filter((g) =>
    g.targets.some((t) => prefixes.some((p) => t === p || t.startsWith(`${p}:`))),
  );
}
