import type { TPublicCraResult } from "./eu-cra/public";
import type { TLang } from "@/lib/i18n/public-label";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TEuRoute, TEuStatus, TUsStatus } from "@/lib/scoring/types";
import type { TSchemeId } from "./types";

/** The public record's scheme results (GET /api/public/labels, the public page), one variant per scheme module. */

export type TLocalized = Readonly<Record<TLang, string>>;

/** One text per language of the public page, each made by `f`. */
export function localized(f: (lang: TLang) => string): TLocalized {
  return { en: f("en"), "zh-CN": f("zh-CN") };
}

export type TSchemeCommon = {
  /** Our catalog's scheme name (English) and the legal texts and standards assessed against. */
  name: string;
  provisional: boolean;
  basis: string[];
  summary: TLocalized;
  /** The common result envelope's outcome (lib/schemes/module.ts): comparable across labels of the same scheme. */
  outcome: TPublicOutcome;
};

export type TPublicOutcome = {
  /** One of the scheme's outcome codes. */
  code: string;
  /** Position in the scheme's total order of outcomes, 0 = worst, of `of` outcomes. */
  rank: number;
  of: number;
  tone: "ok" | "warn" | "bad" | "info" | "none";
  headline: TLocalized;
  inScope: boolean | null;
};

export type TPublicEuArticle = {
  article: "d" | "e" | "f";
  standard: string;
  inScope: boolean | null;
  status: TEuStatus;
  conformant: boolean | null;
  route: TEuRoute;
};

export type TPublicEuResult = TSchemeCommon & { scheme: "EU_RED"; articles: TPublicEuArticle[] };
export type TPublicUsResult = TSchemeCommon & {
  scheme: "US_CTM";
  status: TUsStatus;
  eligible: boolean;
  inScope: boolean | null;
  /** Out of scope (labels assessed on catalog 1.1.0+): why, each reason naming the fact, in both languages. */
  outOfScopeReasons?: TLocalized[];
};
export type TPublicCnResult = TSchemeCommon & {
  scheme: "CN_CCL";
  stars: 0 | 1 | 2 | 3;
  inScope: boolean | null;
  catalogueListed: boolean | null;
};

export type TPublicPstiResult = TSchemeCommon & {
  scheme: "UK_PSTI";
  status: "not_compliant" | "incomplete" | "compliant" | "excepted" | "out_of_scope";
  inScope: boolean | null;
  /** The three Schedule 1 requirements and the statement, each with how it is met. */
  requirements: {
    key: "PSTI-1" | "PSTI-2" | "PSTI-3" | "PSTI-SoC";
    state: "met" | "not_triggered" | "open" | "not_met";
    via: ("direct" | "etsi" | "iso29147" | "jcstar" | "cls")[];
  }[];
  /** Accepted labels relied on (each meets every requirement). */
  labels: ("jcstar" | "cls")[];
  /** Where the manufacturer's UK statement of compliance is downloaded (relative paths), or null when none can be made. */
  statement: { en: string; "zh-CN": string } | null;
};

/** Schemes after the first three: aggregated generically, their own words as localized lines. */
export type TGenericSchemeId = Exclude<TSchemeId, "EU_RED" | "US_CTM" | "CN_CCL" | "UK_PSTI" | "EU_CRA">;
export type TPublicGenericResult = TSchemeCommon & {
  scheme: TGenericSchemeId;
  inScope: boolean | null;
  /** The module's figures in plain words (lib/schemes/module.ts publicLines), e.g. "12 of 13 mandatory provisions met". */
  lines: TLocalized[];
};

export type TPublicSchemeResult =
  | TPublicEuResult
  | TPublicUsResult
  | TPublicCnResult
  | TPublicPstiResult
  | TPublicCraResult
  | TPublicGenericResult;

/** Builds a scheme's public result from the snapshot (common = name, provisional flag and basis from the catalog). */
export type TPublicResultBuilder = (
  s: TLabelSnapshot,
  common: Omit<TSchemeCommon, "summary">,
) => TPublicSchemeResult;
