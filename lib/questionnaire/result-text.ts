// Plain-language wording of scheme results, shared by the questionnaire, the dashboard and the review screens.
import type { TSchemeId } from "@/lib/schemes";
import { perScheme, schemeModule } from "@/lib/schemes/registry";
import type { TAssessment, TCriterionResult, TVerdict } from "@/lib/scoring/types";

export { EU_STATUS_TEXT } from "@/lib/schemes/eu-red/ui-text";
export { US_STATUS_TEXT } from "@/lib/schemes/us-ctm/ui-text";

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
  const out: Record<TSchemeId, TSchemeTally> = perScheme(() => ({
    pass: 0,
    fail: 0,
    na: 0,
    open: 0,
    total: 0,
  }));
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
  return schemeModule(scheme).summary(result);
}

/** Gaps relevant to the chosen schemes ("EU:d", "US", "CN:2" targets). */
export function gapsFor(result: TAssessment, schemes: readonly TSchemeId[]) {
  const prefixes = schemes.map((s) => schemeModule(s).code);
  return result.gaps.filter((g) =>
    g.targets.some((t) => prefixes.some((p) => t === p || t.startsWith(`${p}:`))),
  );
}
