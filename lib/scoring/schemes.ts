import { TRI_TRUE, TRI_UNKNOWN, type TTri } from "@/lib/schemes/conditions";
import type { TAnswers, TSchemeMeta } from "@/lib/schemes/types";
import type { TSlots } from "./compile";
import type { TGenericPlan, TPlan, TScopeReason } from "./plan";
import { explain, type TScopeValue } from "./criterion";
import type {
  TCnLevel,
  TCnResult,
  TCriterionResult,
  TEuArticleResult,
  TGroupTally,
  TSchemeTally,
  TEuResult,
  TRestrictionResult,
  TTally,
  TUsResult,
} from "./types";

/**
 * Per-scheme aggregation of criterion verdicts (eu-red.md §4.4, us-cyber-trust-mark.md §2.2, china-label.md §6.1).
 * The catalog-only work is planned once in plan.ts; per call only indices are walked.
 */

export function tally(all: readonly TCriterionResult[], indices: readonly number[]): TTally {
  const t: TTally = {
    total: indices.length,
    applicable: 0,
    passing: 0,
    failing: 0,
    unanswered: 0,
    notApplicable: 0,
  };
  for (const i of indices) {
    const v = all[i]?.verdict;
    if (v === "NOT_APPLICABLE") t.notApplicable++;
    else {
      t.applicable++;
      if (v === "PASS") t.passing++;
      else if (v === "FAIL") t.failing++;
      else t.unanswered++;
    }
  }
  return t;
}

function keys(
  all: readonly TCriterionResult[],
  indices: readonly number[],
  verdict: TCriterionResult["verdict"],
): string[] {
  const out: string[] = [];
  for (const i of indices) {
    const r = all[i];
    if (r && r.verdict === verdict) out.push(r.key);
  }
  return out;
}

/** The reasons whose fact holds (catalog 1.1.0), for a result that is out of scope. */
function reasonsFor(list: readonly TScopeReason[], v: TSlots): string[] {
  const out: string[] = [];
  for (const r of list) if (r.when(v, false) === TRI_TRUE) out.push(r.reason);
  return out;
}

/** Not applicable because of what the product is (scope or applicability), as opposed to a claimed N/A. */
const naByProfile = (r: TCriterionResult | undefined): boolean =>
  r !== undefined && r.verdict === "NOT_APPLICABLE" && (r.stage === "scope" || r.stage === "applicability");

const triToBool = (t: TTri): boolean | null => (t === TRI_UNKNOWN ? null : t === TRI_TRUE);
const scopeBool = (scopes: readonly TScopeValue[], slot: number): boolean | null =>
  slot < 0 ? true : triToBool(scopes[slot]?.tri ?? TRI_UNKNOWN);

export function assessEu(
  plan: TPlan,
  all: readonly TCriterionResult[],
  scopes: readonly TScopeValue[],
  v: TSlots,
  ids: readonly string[],
): TEuResult {
  const articles = plan.eu.map((p): TEuArticleResult => {
    const inScope = scopeBool(scopes, p.scopeSlot);
    const restrictions: TRestrictionResult[] = p.restrictions.map((r) => {
      // A restriction only bites when one of the clauses it names applies to this product. From catalog 1.1.0
      // "applies" is decided by the profile: a claimed N/A on the clause never switches the restriction off.
      const relevant =
        inScope !== false &&
        r.relevant.some((i) =>
          plan.restrictionsByProfile ? !naByProfile(all[i]) : all[i]?.verdict !== "NOT_APPLICABLE",
        );
      if (!relevant) return { id: r.id, triggered: false, summary: r.summary, deciding: [] };
      const x = explain(r.trigger, v, ids);
      return { id: r.id, triggered: triToBool(x.tri), summary: r.summary, deciding: x.deciding };
    });
    const { failing, unanswered, tally: articleTally } = groupTally(all, p.indices);
    const triggered = restrictions.filter((r) => r.triggered === true).map((r) => r.id);
    const d = euDecision(
      inScope,
      failing.length,
      unanswered.length > 0 || restrictions.some((r) => r.triggered === null),
      triggered,
    );
    // One literal, no object spread: spreads cost more than the whole article aggregation here.
    const res: TEuArticleResult = {
      article: p.article,
      part: p.part,
      label: p.label,
      inScope,
      status: d.status,
      conformant: d.conformant,
      route: d.route,
      routeReason: d.routeReason,
      failing,
      unanswered,
      restrictions,
      tally: articleTally,
    };
    if (p.scopeReasons && inScope === false) res.outOfScopeReasons = reasonsFor(p.scopeReasons, v);
    return res;
  });
  const regimeNote = plan.regime && plan.regime(v, false) === TRI_TRUE ? plan.regimeNote : null;
  return { articles, regimeNote };
}

/** eu-red.md §4.4 decision logic for one article in scope. */
function euDecision(
  inScope: boolean | null,
  failing: number,
  incomplete: boolean,
  triggered: string[],
): Pick<TEuArticleResult, "status" | "conformant" | "route" | "routeReason"> {
  if (inScope === false)
    return {
      status: "not_required",
      conformant: null,
      route: "none",
      routeReason: "This article does not apply to the product.",
    };
  if (inScope === null || incomplete) {
    return {
      status: "incomplete",
      conformant: null,
      route: "undetermined",
      routeReason: "Answer the remaining questions to decide conformity and the route.",
    };
  }
  if (failing > 0) {
    return {
      status: "no_presumption",
      conformant: false,
      route: "notified_body",
      routeReason: `No presumption of conformity: fix ${failing} failing requirement(s), or have a notified body assess the product (Module B+C or H).`,
    };
  }
  if (triggered.length > 0) {
    return {
      status: "notified_body_required",
      conformant: true,
      route: "notified_body",
      routeReason: `Every requirement is met, but OJ restriction ${triggered.join(", ")} removes the presumption: a notified body is required (Module B+C or H).`,
    };
  }
  return {
    status: "presumption",
    conformant: true,
    route: "module_a",
    routeReason: "Presumption of conformity: self-assessment (Module A) is allowed.",
  };
}

export function assessUs(
  plan: TPlan,
  usMeta: TSchemeMeta,
  all: readonly TCriterionResult[],
  a: TAnswers,
  v?: TSlots,
  hidden?: { includes(id: string): boolean },
): TUsResult {
  const gates = plan.us.gates.map((i) => all[i]?.verdict);
  const inScope = gates.some((v) => v === "FAIL" || v === "NOT_APPLICABLE")
    ? false
    : gates.some((v) => v !== "PASS")
      ? null
      : true;
  const failing = keys(all, plan.us.rest, "FAIL");
  const unanswered = keys(all, plan.us.rest, "UNANSWERED");
  const missingRegistry: TUsResult["missingRegistry"] = [];
  for (const f of usMeta.registryFields ?? []) {
    // Manual-update instructions are only needed once the maker says updates are not automatic (field 8).
    // From catalog 1.1.0 a question hidden by its premise (visibleWhen) is not missing; 1.0.0 keeps its rule.
    const qs = f.questions.filter((q) =>
      hidden
        ? a[q] === undefined && !hidden.includes(q)
        : a[q] === undefined && !(q === "c.reg.manual_update_info" && a["c.reg.update_mode"] !== "manual"),
    );
    if (qs.length > 0) missingRegistry.push({ field: f.field, label: f.label, questionIds: qs });
  }
  const status =
    inScope === false
      ? "out_of_scope"
      : inScope === null || unanswered.length > 0
        ? "incomplete"
        : failing.length > 0
          ? "not_eligible"
          : "eligible";
  const res: TUsResult = {
    inScope,
    eligible: status === "eligible",
    status,
    failing,
    unanswered,
    missingRegistry,
    tally: tally(all, plan.us.indices),
  };
  if (plan.usScopeReasons && v && inScope === false)
    res.outOfScopeReasons = reasonsFor(plan.usScopeReasons, v);
  return res;
}

export function assessCn(
  plan: TPlan,
  cnMeta: TSchemeMeta,
  all: readonly TCriterionResult[],
  scopes: readonly TScopeValue[],
  v: TSlots,
): TCnResult {
  const inScope = scopeBool(scopes, plan.cn.scopeSlot);
  const { indices, byLevel, upTo } = plan.cn;
  const levels: TCnLevel[] = ([1, 2, 3] as const).map((level) => {
    let required = 0;
    let passing = 0;
    for (const i of byLevel[level - 1] ?? []) {
      const v = all[i]?.verdict;
      if (v === "NOT_APPLICABLE") continue;
      required++;
      if (v === "PASS") passing++;
    }
    return { level, required, passing, met: inScope === true && passing === required };
  });
  // N stars only when every criterion of levels 1..N passes: no partial credit, no compensation.
  let stars: 0 | 1 | 2 | 3 = 0;
  for (const l of levels) {
    if (!l.met) break;
    stars = l.level;
  }
  const next = stars < 3 && inScope === true ? ((stars + 1) as 1 | 2 | 3) : null;
  let missingForNext: TCnResult["missingForNext"] = null;
  if (next !== null) {
    const criteria: { key: string; verdict: TCriterionResult["verdict"] }[] = [];
    for (const i of upTo[next - 1] ?? []) {
      const r = all[i];
      if (r && r.verdict !== "PASS" && r.verdict !== "NOT_APPLICABLE")
        criteria.push({ key: r.key, verdict: r.verdict });
    }
    missingForNext = { level: next, criteria };
  }
  const cat = plan.cn.catalogue ? plan.cn.catalogue(v, false) : TRI_TRUE;
  const res: TCnResult = {
    inScope,
    stars,
    provisional: cnMeta.provisional,
    catalogueListed: triToBool(cat),
    levels,
    missingForNext,
    tally: tally(all, indices),
  };
  if (plan.cnScopeReasons && inScope === false) res.outOfScopeReasons = reasonsFor(plan.cnScopeReasons, v);
  return res;
}

/** Tally, failing and unanswered keys of a group in one pass (what tally() and keys() give, walked once). */
function groupTally(all: readonly TCriterionResult[], indices: readonly number[]): TGroupTally {
  let applicable = 0;
  let passing = 0;
  let failingN = 0;
  let unansweredN = 0;
  let notApplicable = 0;
  const failing: string[] = [];
  const unanswered: string[] = [];
  for (let j = 0; j < indices.length; j++) {
    const r = all[indices[j] as number];
    const v = r?.verdict;
    if (v === "NOT_APPLICABLE") notApplicable++;
    else {
      applicable++;
      if (v === "PASS") passing++;
      else if (v === "FAIL") {
        failingN++;
        if (r) failing.push(r.key);
      } else {
        unansweredN++;
        if (r && v === "UNANSWERED") unanswered.push(r.key);
      }
    }
  }
  return {
    tally: {
      total: indices.length,
      applicable,
      passing,
      failing: failingN,
      unanswered: unansweredN,
      notApplicable,
    },
    failing,
    unanswered,
  };
}

/**
 * Catalog 1.2.0+: the aggregation of a scheme without dedicated code. In scope when any of its scopes applies;
 * its verdicts tallied as a whole, per obligation and per mechanism; its named facts evaluated. What that means for
 * the scheme (its outcome) is its module's result rule, not the engine's.
 */
export function assessGeneric(
  p: TGenericPlan,
  all: readonly TCriterionResult[],
  scopes: readonly TScopeValue[],
  v: TSlots,
): TSchemeTally {
  const each: TSchemeTally["scopes"] = [];
  let anyIn = false;
  let allOut = true;
  for (const sc of p.scopes) {
    const inScope = scopeBool(scopes, sc.slot);
    if (inScope === true) anyIn = true;
    if (inScope !== false) allOut = false;
    each.push({ id: sc.id, inScope });
  }
  const inScope = anyIn ? true : allOut ? false : null;
  const facts: Record<string, boolean | null> = {};
  for (const f of p.facts) facts[f.id] = triToBool(f.when(v, false));
  // Assigned in plan order, as Object.fromEntries would: same keys, same key order. No spread (it costs more than
  // the tally itself).
  const byObligation: TSchemeTally["byObligation"] = {};
  for (const [k, ix] of p.byObligation) byObligation[k] = groupTally(all, ix);
  const byMechanism: TSchemeTally["byMechanism"] = {};
  for (const [k, ix] of p.byMechanism) byMechanism[k] = groupTally(all, ix);
  const whole = groupTally(all, p.indices);
  return {
    tally: whole.tally,
    failing: whole.failing,
    unanswered: whole.unanswered,
    inScope,
    scopes: each,
    outOfScopeReasons: inScope === false ? reasonsFor(p.scopeReasons, v) : [],
    byObligation,
    byMechanism,
    facts,
  };
}
