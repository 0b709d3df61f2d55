import type { TCriterionResult, TTally } from "@/lib/scoring/types";
import {
  CRA_CLASS_I,
  CRA_CLASS_II,
  CRA_CORE_FUNCTIONS,
  CRA_CRITICAL,
  craGroupOf,
  type TCraCoreFunction,
} from "../catalog-v1-2/eu-cra";

/**
 * The CRA result rule (eu-cra.md §9), pure: the CRA criteria's verdicts, the profile facts and the evaluation date
 * → class, conformity route, Art. 14 duty, and the outcome. No clock: the date is an input (the assessment's
 * evaluation date, a label's approval date), so the same inputs always give the same result.
 */

/** Art. 71(2): the CRA applies in full (Annex I, conformity assessment, CE marking) from this date. */
export const CRA_APPLIES_FROM = "2027-12-11";
/** Art. 14 reporting applies from this date (Art. 71(2)), also to products placed before CRA_APPLIES_FROM. */
export const CRA_REPORTING_FROM = "2026-09-11";

/**
 * Harmonised standards (or common specifications) cited in the OJ for the CRA, as a dated table: none on
 * 1 December 2026 (eu-cra.md §7.3). A citation lets an important class I product use module A (Art. 32(2)).
 */
export type TCitation = { reference: string; citedOn: string };
export const CRA_CITED_STANDARDS: readonly TCitation[] = [];
/** Delegated acts under Art. 8(1) requiring a European cybersecurity certificate for critical products: none yet. */
export const CRA_CRITICAL_CERTIFICATION_ACTS: readonly TCitation[] = [];

export const CRA_OUTCOMES = [
  "not_conforming",
  "gaps",
  "incomplete",
  "notified_body_required",
  "ready_notified_body",
  "module_a",
  "ready_module_a",
  "not_in_scope",
] as const;
export type TCraOutcome = (typeof CRA_OUTCOMES)[number];

export type TCraClass = "default" | "important_i" | "important_ii" | "critical";
export type TCraRoute =
  "none" | "undetermined" | "module_a" | "notified_body" | "certification_or_notified_body";
export type TCraProcedure = "A" | "B+C" | "H" | "EUCC";

export type TCraResult = {
  /** The evaluation date (YYYY-MM-DD) the result was computed for. */
  asOf: string;
  /** "readiness" before 11 December 2027 (never "conformity"), "conformity" from then. */
  regime: "readiness" | "conformity";
  inScope: boolean | null;
  outOfScopeReasons: string[];
  productClass: { id: TCraClass | null; annexPoint: string | null; reason: string; hint: string | null };
  route: { id: TCraRoute; procedures: TCraProcedure[]; reason: string };
  art14: { inForce: boolean; since: string; verdict: TCriterionResult["verdict"] | null; text: string };
  outcome: TCraOutcome;
  failing: string[];
  unanswered: string[];
  /** Part I point (2) requirements claimed N/A while the risk assessment (CRA-I.1) does not pass. */
  naWithoutRiskAssessment: string[];
  /** Criteria whose N/A the CRA refuses (Part I(1), Part II, Annex II, Art. 13(8), Art. 14), answered N/A. */
  naRefused: string[];
  tally: TTally;
  /** Plain-language lines: what decided the outcome. */
  reasons: string[];
};

export type TCraInput = {
  /** Every criterion result of the assessment (others than CRA's are ignored). */
  criteria: readonly Pick<TCriterionResult, "key" | "scheme" | "verdict" | "stage">[];
  /** The scheme's named profile facts as the engine evaluated them (CRA_FACTS: core_<value>, category_<value>…). */
  facts: TCraFacts;
  /** What the engine decided for the scheme's scope, with the reasons when out of scope. */
  scope: { inScope: boolean | null; reasons: readonly string[] };
  /** YYYY-MM-DD */
  asOf: string;
  citedStandards?: readonly TCitation[];
  certificationActs?: readonly TCitation[];
};

export type TCraFacts = Readonly<Record<string, boolean | null>>;

const CORE_LABEL = new Map<string, string>(CRA_CORE_FUNCTIONS.map((o) => [o.value, o.label]));

/** Where the product category (p.category) suggests an Annex III point the core-function answer does not claim. */
const CATEGORY_HINT: Readonly<Record<string, { core: TCraCoreFunction; text: string }>> = {
  router: { core: "router", text: "routers, modems and switches are Annex III class I, point 12" },
  lock: { core: "home_security", text: "smart locks and alarms are Annex III class I, point 17" },
  camera: { core: "home_security", text: "home security cameras are Annex III class I, point 17" },
  speaker: {
    core: "assistant",
    text: "a speaker with a general-purpose virtual assistant is Annex III class I, point 16",
  },
  toy: {
    core: "toy_interactive",
    text: "toys with social interactive features or location tracking are Annex III class I, point 18",
  },
  wearable: {
    core: "wearable_health",
    text: "health-monitoring wearables and wearables for children are Annex III class I, point 19",
  },
};

const validDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);

/** The answered core function: the one core_<value> fact that holds (undefined while unanswered). */
function coreOf(facts: TCraFacts): TCraCoreFunction | undefined {
  return CRA_CORE_FUNCTIONS.find((o) => facts[`core_${o.value}`] === true)?.value;
}

export function classOf(facts: TCraFacts): TCraResult["productClass"] {
  const core = coreOf(facts);
  const category = Object.keys(CATEGORY_HINT).find((c) => facts[`category_${c}`] === true);
  const hintFor = (c: string | undefined): string | null => {
    const h = category === undefined ? undefined : CATEGORY_HINT[category];
    return h && h.core !== c ? `Check the core function: ${h.text}.` : null;
  };
  if (core === undefined)
    return {
      id: null,
      annexPoint: null,
      reason: "Answer the core-function question to decide the class (Art. 7, 8; Annexes III and IV).",
      hint: hintFor(undefined),
    };
  const label = CORE_LABEL.get(core) as string;
  const point = /\(([^()]*(?:Annex|points?)[^()]*)\)$/.exec(label)?.[1] ?? null;
  const c = core;
  if (CRA_CRITICAL.includes(c))
    return {
      id: "critical",
      annexPoint: point,
      reason: `Critical product (Annex IV): the core function is "${label}".`,
      hint: null,
    };
  if (CRA_CLASS_II.includes(c))
    return {
      id: "important_ii",
      annexPoint: point,
      reason: `Important product, class II (Annex III Part II): the core function is "${label}".`,
      hint: null,
    };
  if (CRA_CLASS_I.includes(c))
    return {
      id: "important_i",
      annexPoint: point,
      reason: `Important product, class I (Annex III Part I): the core function is "${label}".`,
      hint: null,
    };
  return {
    id: "default",
    annexPoint: null,
    reason:
      "Default class: the core function is none of the important (Annex III) or critical (Annex IV) categories.",
    hint: hintFor(core),
  };
}

const inForce = (table: readonly TCitation[], asOf: string) => table.filter((t) => t.citedOn <= asOf);

export function routeOf(
  cls: TCraClass | null,
  facts: TCraFacts,
  asOf: string,
  cited: readonly TCitation[] = CRA_CITED_STANDARDS,
  acts: readonly TCitation[] = CRA_CRITICAL_CERTIFICATION_ACTS,
): TCraResult["route"] {
  switch (cls) {
    case null:
      return { id: "undetermined", procedures: [], reason: "The route follows the class, not decided yet." };
    case "default":
      return {
        id: "module_a",
        procedures: ["A", "B+C", "H"],
        reason:
          "Default class: internal control (module A) by the manufacturer is allowed; EU-type examination (B+C) or full quality assurance (H) may be chosen instead (Art. 32(1)). No harmonised standard is needed for module A.",
      };
    case "important_i": {
      const applied = facts.standards_in_full ?? undefined;
      const standards = inForce(cited, asOf);
      if (applied === true && standards.length > 0)
        return {
          id: "module_a",
          procedures: ["A", "B+C", "H"],
          reason: `Important class I with harmonised standards applied in full (${standards.map((s) => s.reference).join(", ")}): module A is allowed (Art. 32(2)).`,
        };
      if (applied === undefined)
        return {
          id: "undetermined",
          procedures: ["B+C", "H"],
          reason:
            "Important class I: module A only with harmonised standards, common specifications or a European certificate applied in full; answer whether you apply them (Art. 32(2)).",
        };
      return {
        id: "notified_body",
        procedures: ["B+C", "H"],
        reason:
          applied === true
            ? `Important class I: no harmonised standard or common specification for the CRA is cited in the Official Journal as of ${asOf}, so a notified body assesses the product (EU-type examination B+C, or full quality assurance H; Art. 32(2)).`
            : "Important class I without harmonised standards, common specifications or a European certificate applied in full: a notified body assesses the product (B+C or H; Art. 32(2)).",
      };
    }
    case "important_ii":
      return {
        id: "certification_or_notified_body",
        procedures: ["B+C", "H", "EUCC"],
        reason:
          "Important class II: a notified body (B+C or H) or a European cybersecurity certificate at level 'substantial' or higher is always needed (Art. 32(3)).",
      };
    case "critical": {
      const a = inForce(acts, asOf);
      return a.length > 0
        ? {
            id: "certification_or_notified_body",
            procedures: ["EUCC"],
            reason: `Critical product: a European cybersecurity certificate at level 'substantial' or higher is required (${a.map((x) => x.reference).join(", ")}; Art. 8(1)).`,
          }
        : {
            id: "notified_body",
            procedures: ["B+C", "H", "EUCC"],
            reason:
              "Critical product: no delegated act under Art. 8(1) requires certification yet, so the class II procedures apply: a notified body (B+C or H) or a European certificate (Art. 32(3)).",
          };
    }
  }
}

const NEEDS_BODY: readonly TCraRoute[] = ["notified_body", "certification_or_notified_body"];

export function assessCra(input: TCraInput): TCraResult {
  const { facts, asOf } = input;
  if (!validDate(asOf)) throw new Error(`assessCra: asOf must be YYYY-MM-DD, got "${asOf}"`);
  const regime = asOf >= CRA_APPLIES_FROM ? "conformity" : "readiness";
  const art14InForce = asOf >= CRA_REPORTING_FROM;
  const mine = input.criteria.filter((r) => r.scheme === "EU_CRA");
  const byKey = new Map(mine.map((r) => [r.key, r]));
  const inScope = input.scope.inScope;

  const tally: TTally = {
    total: mine.length,
    applicable: 0,
    passing: 0,
    failing: 0,
    unanswered: 0,
    notApplicable: 0,
  };
  const failing: string[] = [];
  const unanswered: string[] = [];
  const naWithoutRiskAssessment: string[] = [];
  const naRefused: string[] = [];
  const ra = byKey.get("CRA-I.1")?.verdict ?? null;
  for (const r of mine) {
    let v = r.verdict;
    // Art. 13(4): a point (2) requirement is not applicable only on the risk assessment's justification.
    if (v === "NOT_APPLICABLE" && r.stage === "claimed_na" && craGroupOf(r.key) === "I.2" && ra !== "PASS") {
      naWithoutRiskAssessment.push(r.key);
      v = ra === "FAIL" ? "FAIL" : "UNANSWERED";
    }
    if (r.stage === "na_not_allowed") naRefused.push(r.key);
    if (v === "NOT_APPLICABLE") tally.notApplicable++;
    else {
      tally.applicable++;
      if (v === "PASS") tally.passing++;
      else if (v === "FAIL") {
        tally.failing++;
        failing.push(r.key);
      } else {
        tally.unanswered++;
        unanswered.push(r.key);
      }
    }
  }

  const a14 = byKey.get("CRA-A14")?.verdict ?? null;
  const art14 = {
    inForce: art14InForce,
    since: CRA_REPORTING_FROM,
    verdict: inScope === false ? null : a14,
    text: art14InForce
      ? "Article 14 reporting applies now (since 11 September 2026), also to products placed on the market before 11 December 2027: actively exploited vulnerabilities and severe incidents go to the coordinating CSIRT and ENISA within 24 hours (early warning), 72 hours (notification) and 14 days or one month (final report)."
      : "Article 14 reporting applies from 11 September 2026.",
  };

  if (inScope === false) {
    return {
      asOf,
      regime,
      inScope,
      outOfScopeReasons: [...input.scope.reasons],
      productClass: { id: null, annexPoint: null, reason: "Outside the CRA: no class.", hint: null },
      route: { id: "none", procedures: [], reason: "Outside the CRA: no conformity assessment." },
      art14,
      outcome: "not_in_scope",
      failing: [],
      unanswered: [],
      naWithoutRiskAssessment: [],
      naRefused: [],
      tally,
      reasons: input.scope.reasons.length > 0 ? [...input.scope.reasons] : ["Outside the CRA."],
    };
  }

  const productClass = classOf(facts);
  const route = routeOf(productClass.id, facts, asOf, input.citedStandards, input.certificationActs);
  const needsBody = NEEDS_BODY.includes(route.id);
  let outcome: TCraOutcome;
  if (failing.length > 0) outcome = regime === "conformity" ? "not_conforming" : "gaps";
  else if (unanswered.length > 0 || inScope === null || route.id === "undetermined") outcome = "incomplete";
  else if (regime === "conformity") outcome = needsBody ? "notified_body_required" : "module_a";
  else outcome = needsBody ? "ready_notified_body" : "ready_module_a";

  const reasons: string[] = [];
  if (regime === "readiness")
    reasons.push(
      `Readiness as of ${asOf}: the CRA's Annex I and conformity assessment apply from 11 December 2027; this is not a conformity result.`,
    );
  else
    reasons.push(
      "Units placed on the market from 11 December 2027 must meet Annex I; units placed earlier fall under it only if substantially modified (Art. 69(2)).",
    );
  reasons.push(productClass.reason);
  if (productClass.hint) reasons.push(productClass.hint);
  reasons.push(route.reason);
  for (const k of naWithoutRiskAssessment)
    reasons.push(
      `${k}: not applicable is accepted only with the risk assessment's justification (Art. 13(4)), and CRA-I.1 does not pass.`,
    );
  for (const k of naRefused) reasons.push(`${k}: the CRA gives no not-applicable exit for this requirement.`);
  if (failing.length > 0) reasons.push(`Not met: ${failing.join(", ")}.`);
  if (unanswered.length > 0) reasons.push(`To answer: ${unanswered.length} requirement(s).`);
  reasons.push(art14.text);

  return {
    asOf,
    regime,
    inScope,
    outOfScopeReasons: [],
    productClass,
    route,
    art14,
    outcome,
    failing,
    unanswered,
    naWithoutRiskAssessment,
    naRefused,
    tally,
    reasons,
  };
}
