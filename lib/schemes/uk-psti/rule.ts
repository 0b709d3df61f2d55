import type { TCriterionResult, TVerdict } from "@/lib/scoring/types";

/**
 * The UK PSTI result rule (uk-psti.md §9), pure: criterion verdicts of catalog 1.2.0's PSTI criteria, the scope and
 * the "excepted" fact → the scheme's result. A Schedule 1 requirement is met directly, or through any deemed-
 * compliance route the manufacturer relies on (Sch. 2), or by a valid accepted label (which also meets the
 * statement-of-compliance duty, Sch. 2A). The result is "compliant" only when every requirement and the statement
 * are met; otherwise it lists what is missing. It never says "certified": PSTI is a self-declaration.
 */

export const PSTI_STATUSES = [
  "not_compliant",
  "incomplete",
  "compliant",
  "excepted",
  "out_of_scope",
] as const;
export type TPstiStatus = (typeof PSTI_STATUSES)[number];

/** How a requirement is met: Schedule 1 itself, a standard of Schedule 2, or an accepted label. */
export const PSTI_ROUTES = ["direct", "etsi", "iso29147", "jcstar", "cls"] as const;
export type TPstiRoute = (typeof PSTI_ROUTES)[number];

export const PSTI_REQUIREMENTS = ["PSTI-1", "PSTI-2", "PSTI-3", "PSTI-SoC"] as const;
export type TPstiRequirementKey = (typeof PSTI_REQUIREMENTS)[number];

/** met; not_triggered (PSTI-1 for a product without passwords: counts as met); open (answers missing); not_met. */
export type TPstiState = "met" | "not_triggered" | "open" | "not_met";

export type TPstiRequirement = {
  key: TPstiRequirementKey;
  state: TPstiState;
  /** Routes that meet it (direct first); empty unless met. */
  via: TPstiRoute[];
  /** Criteria (direct and routes that apply) still unanswered or failing, for "what is missing". */
  failing: string[];
  unanswered: string[];
};

export type TPstiResult = {
  inScope: boolean | null;
  status: TPstiStatus;
  /** Catalog wording of why the product is out of scope or excepted (each names the fact). */
  outOfScopeReasons: string[];
  requirements: TPstiRequirement[];
  /** Accepted labels that hold (each meets every requirement and the statement). */
  labels: ("jcstar" | "cls")[];
  /** Routes the manufacturer relies on that do not hold (the statement then cannot cite them). */
  unmetRoutes: { key: string; route: TPstiRoute; requirement: TPstiRequirementKey }[];
  /** Labels the product holds but whose facts do not make them valid for PSTI (number, expiry, coverage). */
  unmetLabels: ("jcstar" | "cls")[];
};

/** Which criterion gives which route to which requirement (catalog 1.2.0 keys, lib/schemes/catalog-v1-2/uk-psti.ts). */
export const PSTI_ROUTE_CRITERIA: Readonly<
  Record<TPstiRequirementKey, readonly { key: string; route: TPstiRoute }[]>
> = {
  "PSTI-1": [{ key: "PSTI-D1.ETSI", route: "etsi" }],
  "PSTI-2": [
    { key: "PSTI-D2.ETSI", route: "etsi" },
    { key: "PSTI-D2.ISO", route: "iso29147" },
  ],
  "PSTI-3": [{ key: "PSTI-D3.ETSI", route: "etsi" }],
  "PSTI-SoC": [],
};
export const PSTI_LABEL_CRITERIA = [
  { key: "PSTI-L.JCSTAR", route: "jcstar" },
  { key: "PSTI-L.CLS", route: "cls" },
] as const;

export type TPstiInput = {
  /** The PSTI scope ("uk"): null = answers that decide scope are missing. */
  inScope: boolean | null;
  /** A Schedule 3 exception holds (true), does not (false) or is undecided (null). */
  excepted: boolean | null;
  outOfScopeReasons: readonly string[];
  verdict: (key: string) => Pick<TCriterionResult, "verdict" | "stage"> | undefined;
};

export function pstiResult(input: TPstiInput): TPstiResult {
  const { inScope } = input;
  const v = (key: string): TVerdict => input.verdict(key)?.verdict ?? "UNANSWERED";
  const empty = (status: TPstiStatus): TPstiResult => ({
    inScope,
    status,
    outOfScopeReasons: [...input.outOfScopeReasons],
    requirements: [],
    labels: [],
    unmetRoutes: [],
    unmetLabels: [],
  });
  if (inScope === false) return empty(input.excepted === true ? "excepted" : "out_of_scope");
  if (inScope === null) return { ...empty("incomplete"), outOfScopeReasons: [] };

  const labels = PSTI_LABEL_CRITERIA.filter((l) => v(l.key) === "PASS").map((l) => l.route);
  const unmetRoutes: TPstiResult["unmetRoutes"] = [];
  const requirements = PSTI_REQUIREMENTS.map((key): TPstiRequirement => {
    const direct = input.verdict(key);
    const routes = PSTI_ROUTE_CRITERIA[key].filter((r) => v(r.key) !== "NOT_APPLICABLE");
    const via: TPstiRoute[] = [];
    if (direct?.verdict === "PASS") via.push("direct");
    for (const r of routes) if (v(r.key) === "PASS") via.push(r.route);
    via.push(...labels);
    for (const r of routes)
      if (v(r.key) === "FAIL") unmetRoutes.push({ key: r.key, route: r.route, requirement: key });
    const considered = [key, ...routes.map((r) => r.key)];
    const failing = considered.filter((k) => v(k) === "FAIL");
    const unanswered = considered.filter((k) => v(k) === "UNANSWERED");
    // PSTI-1 for a product without passwords: nothing to fail (its applicability decided NOT_APPLICABLE).
    const notTriggered = direct?.verdict === "NOT_APPLICABLE";
    const state: TPstiState =
      via.length > 0 ? "met" : notTriggered ? "not_triggered" : unanswered.length > 0 ? "open" : "not_met";
    return {
      key,
      state,
      via,
      failing: state === "met" || state === "not_triggered" ? [] : failing,
      unanswered: state === "met" || state === "not_triggered" ? [] : unanswered,
    };
  });
  // A label the manufacturer claims but that is still unanswered leaves the result open only when it is needed.
  const openLabels = PSTI_LABEL_CRITERIA.filter((l) => v(l.key) === "UNANSWERED").map((l) => l.key);
  const status: TPstiStatus = requirements.some((r) => r.state === "not_met" && openLabels.length === 0)
    ? "not_compliant"
    : requirements.some((r) => r.state === "open" || r.state === "not_met")
      ? "incomplete"
      : "compliant";
  if (status !== "compliant")
    for (const r of requirements)
      if (r.state === "open" || r.state === "not_met") r.unanswered.push(...openLabels);
  const unmetLabels = PSTI_LABEL_CRITERIA.filter((l) => v(l.key) === "FAIL").map((l) => l.route);
  return { inScope, status, outOfScopeReasons: [], requirements, labels, unmetRoutes, unmetLabels };
}

/** Requirements the result still lacks, in order (for "what is missing"). */
export const missingRequirements = (r: TPstiResult): TPstiRequirement[] =>
  r.requirements.filter((x) => x.state === "open" || x.state === "not_met");
