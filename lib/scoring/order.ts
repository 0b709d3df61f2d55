import type { TAssessment, TEuRoute, TEuStatus, TUsStatus, TVerdict } from "./types";

/**
 * One total order of outcomes per scheme, worst first. "Never worse" in the property tests (and anywhere results
 * are compared, e.g. the catalog upgrade preview) means: not lower in these orders. Out of scope sits at the top:
 * it is decided by the profile, which no answer to a control can change.
 */
export const VERDICT_ORDER: Readonly<Record<TVerdict, number>> = {
  FAIL: 0,
  UNANSWERED: 1,
  NOT_APPLICABLE: 2, // a claimed N/A is never better than an honest, satisfied "yes"
  PASS: 3,
};
export const EU_STATUS_ORDER: Readonly<Record<TEuStatus, number>> = {
  incomplete: 0,
  no_presumption: 1,
  notified_body_required: 2,
  presumption: 3,
  not_required: 4,
};
export const EU_ROUTE_ORDER: Readonly<Record<TEuRoute, number>> = {
  undetermined: 0,
  notified_body: 1,
  module_a: 2,
  none: 3,
};
export const US_STATUS_ORDER: Readonly<Record<TUsStatus, number>> = {
  incomplete: 0,
  not_eligible: 1,
  eligible: 2,
  out_of_scope: 3,
};
/** A triggered restriction is worse than an undecided one, which is worse than one that does not bite. */
export const RESTRICTION_ORDER = (triggered: boolean | null): number =>
  triggered === true ? 0 : triggered === null ? 1 : 2;

/** Every outcome that is worse in `after` than in `before`, described; empty = never worse. */
export function worsenings(before: TAssessment, after: TAssessment): string[] {
  const out: string[] = [];
  const byKey = new Map(after.criteria.map((c) => [c.key, c]));
  for (const b of before.criteria) {
    const a = byKey.get(b.key);
    if (!a || VERDICT_ORDER[a.verdict] < VERDICT_ORDER[b.verdict])
      out.push(`${b.key}: ${b.verdict} → ${a?.verdict}`);
  }
  before.eu.articles.forEach((b, i) => {
    const a = after.eu.articles[i];
    if (!a) return void out.push(`EU ${b.article}: missing`);
    if (EU_STATUS_ORDER[a.status] < EU_STATUS_ORDER[b.status])
      out.push(`EU ${b.article}: ${b.status} → ${a.status}`);
    if (EU_ROUTE_ORDER[a.route] < EU_ROUTE_ORDER[b.route])
      out.push(`EU ${b.article} route: ${b.route} → ${a.route}`);
    b.restrictions.forEach((r, j) => {
      const ar = a.restrictions[j];
      if (ar && RESTRICTION_ORDER(ar.triggered) < RESTRICTION_ORDER(r.triggered))
        out.push(`EU ${b.article} ${r.id}: ${String(r.triggered)} → ${String(ar.triggered)}`);
    });
  });
  if (US_STATUS_ORDER[after.us.status] < US_STATUS_ORDER[before.us.status])
    out.push(`US: ${before.us.status} → ${after.us.status}`);
  if (after.cn.stars < before.cn.stars) out.push(`CN stars: ${before.cn.stars} → ${after.cn.stars}`);
  before.cn.levels.forEach((l, i) => {
    if (l.met && !after.cn.levels[i]?.met) out.push(`CN level ${l.level}: met → not met`);
  });
  return out;
}
