import type { TAssessment, TReadiness } from "@/lib/scoring/types";
import type { TSchemeId } from "./types";

/**
 * The interface every scheme module implements (docs/schemes.md). A module holds everything particular to one
 * scheme; the rest of the application iterates the registry (lib/schemes/registry.ts) and reads the common result
 * envelope, plus the module's own detail where it shows one.
 */

export type TSchemeLang = "en" | "zh-CN";
export type TLocalizedText = Readonly<Record<TSchemeLang, string>>;

/** How a result reads at a glance: the same five tones in the questionnaire, the review, the page and the report. */
export type TOutcomeTone = "ok" | "warn" | "bad" | "info" | "none";

/** One common result shape for every scheme (the registry's consumers render only this plus module detail). */
export type TResultEnvelope = {
  scheme: TSchemeId;
  /** null = the profile answers that decide scope are missing. */
  inScope: boolean | null;
  /** Why the product is (or is not, or may not be) in scope, in plain words. */
  why: string;
  /** The module's outcome code, one of module.outcomes. */
  outcome: string;
  /** Position of the outcome in the module's total order (0 = worst). */
  rank: number;
  tone: TOutcomeTone;
  /** One line: "2 of 3 stars", "Notified body required", "Label eligible". */
  headline: string;
  readiness: TReadiness;
  /** Why the outcome is what it is (failing requirements, triggered restrictions, missing answers). */
  reasons: string[];
  /** Questions to answer or fix next, most useful first (from the gap list, restricted to this scheme). */
  next: string[];
};

/** What a result rule may need besides the assessment: the evaluation date (YYYY-MM-DD). */
export type TEnvelopeContext = { asOf?: string };

export type TArtworkText = {
  accent: string;
  header: string;
  disclaimer: string;
  /** Wording of labels issued with snapshot format 1 (frozen). */
  disclaimerV1: string;
};

export type TLabelColumns = { usEligible: boolean | null; cnStars: number | null };

export type TSchemeModule = {
  id: TSchemeId;
  /** Two-letter code in chips, tables and gap targets ("EU", "US", "CN"). */
  code: string;
  /** URL segment of the artwork (/r/<code>/artwork/<slug>.svg). */
  slug: string;
  /**
   * The scheme's short name in every language: the one source for the application's screens (status, results,
   * review, queue, dashboards, the catalog browser, label downloads) and the report's chart titles.
   */
  name: TLocalizedText;
  /** Longer name in the audit trail's plain-language lines. */
  auditName: string;
  /** Section title in the PDF report. */
  reportTitle: string;
  /** Title of the scheme's bar in the report's charts (absent = the short name). */
  chartTitle?: TLocalizedText;
  /** A language whose readers see this scheme first on the public page. */
  readerFirst?: TSchemeLang;
  /** Series colour on the dashboards. */
  color: string;
  artwork: TArtworkText;
  /** Our default label validity (lib/labels/validity.ts). */
  validity: { months: number; capAtSupportEnd: boolean };
  /** Every outcome code, worst first: a total order across the scheme's results. */
  outcomes: readonly string[];
  /** Outcome wording in every supported language. */
  outcomeText: Readonly<Record<string, TLocalizedText>>;
  /** The label row's summary columns this scheme fills (the lab dashboard counts them without reading snapshots). */
  labelColumns?(a: TAssessment): Partial<TLabelColumns>;
  /** Words for the scheme's mechanism codes (review filters); absent = the codes are words already. */
  mechanismText?: Readonly<Record<string, string>>;
  /** A one-line summary for the dashboard and the review screens (application wording, English). */
  summary(a: TAssessment): { text: string; tone: "ok" | "bad" | "warn" | "info" | "" };
  /** Title of a group of the scheme's criteria in the report's criteria table (default: chartTitle). */
  criteriaGroupTitle?(firstKey: string, a: Pick<TAssessment, "eu">): string;
  /**
   * The result rule: criterion verdicts (as assessed by lib/scoring) → the common envelope. Pure. `ctx.asOf` is the
   * evaluation date for a rule that depends on one (the CRA: readiness before 11 December 2027): a label's approval
   * date; absent = today (a live assessment).
   */
  envelope(a: TAssessment, ctx?: TEnvelopeContext): TResultEnvelope;
  /** The envelope's sentences (why, reasons) in a language, for the generic result components (lib/schemes/generic). */
  envelopeText?(a: TAssessment, lang: TSchemeLang): Pick<TResultEnvelope, "why" | "reasons">;
  /** A short mark beside the scheme's code in the questionnaire's phone results bar (the China stars); absent or null = the tone's word. */
  barMark?(a: TAssessment): { text: string; label: string } | null;
  /** A one-line result comparable between a label and its re-assessment (lib/versions/diff.ts; English). */
  diffLine(a: TAssessment): string;
  /**
   * The result's figures in plain words in every language ("12 of 13 mandatory provisions met"), shown by the
   * generic public card, report section and artwork (lib/schemes/generic) for a module without its own.
   */
  publicLines?(a: TAssessment): TLocalizedText[];
  /** Up to two short lines of figures for the generic artwork (absent = the English public lines). */
  artworkLines?(a: TAssessment): string[];
};

/**
 * Gap ids that name a target of this scheme ("EU:d", "US", "CN:2"; a scheme aggregated generically is targeted by
 * its id, so its module passes its id).
 */
export function nextFromGaps(a: TAssessment, code: string, limit = 5): string[] {
  const out: string[] = [];
  for (const g of a.gaps) {
    if (!g.targets.some((t) => t === code || t.startsWith(`${code}:`))) continue;
    for (const q of g.questionIds) if (!out.includes(q)) out.push(q);
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}

/** Title of the scheme's bar in the report's charts and of its group in the criteria table. */
export const chartTitle = (m: Pick<TSchemeModule, "chartTitle" | "name">, lang: TSchemeLang = "en"): string =>
  (m.chartTitle ?? m.name)[lang];

export function rankOf(m: Pick<TSchemeModule, "outcomes">, outcome: string): number {
  const i = m.outcomes.indexOf(outcome);
  if (i < 0) throw new Error(`unknown outcome "${outcome}"`);
  return i;
}
