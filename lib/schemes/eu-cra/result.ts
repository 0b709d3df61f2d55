import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import type { TAssessment } from "@/lib/scoring/types";
import { assessCra, type TCraResult } from "./rule";

const cache = new WeakMap<TAssessment, Map<string, TCraResult>>();

/** Today (UTC) as YYYY-MM-DD: the evaluation date of a live assessment. */
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

/**
 * The CRA result of an assessment on an evaluation date, by the pure rule from the engine's generic tally of the
 * scheme (scope, its reasons, the named facts) and the criterion verdicts; computed once per assessment and date.
 * An assessment on a catalog before 1.2.0 has no CRA criteria: it is out of scope, and says why.
 */
export function craOf(a: TAssessment, asOf: string): TCraResult {
  let byDate = cache.get(a);
  if (!byDate) {
    byDate = new Map();
    cache.set(a, byDate);
  }
  const hit = byDate.get(asOf);
  if (hit) return hit;
  const g = a.schemes?.EU_CRA;
  const r = assessCra({
    criteria: a.criteria,
    facts: g?.facts ?? {},
    scope: g
      ? { inScope: g.inScope, reasons: g.outOfScopeReasons }
      : {
          inScope: false,
          reasons: [`Catalog ${a.catalogVersion} does not assess the EU Cyber Resilience Act.`],
        },
    asOf,
  });
  byDate.set(asOf, r);
  return r;
}

/** A label's evaluation date: the day the lab approved it (its result never changes after). */
export const labelAsOf = (s: TLabelSnapshot): string => s.assessment.approvedAt.slice(0, 10);

/**
 * The CRA result of a label snapshot, evaluated on the day the lab approved it: frozen with the snapshot like every
 * other result (the same snapshot always gives the same class, route and readiness/conformity outcome).
 */
export function craResultOfSnapshot(s: TLabelSnapshot): TCraResult | null {
  if (!(s.assessment.targetSchemes as readonly string[]).includes("EU_CRA")) return null;
  return craOf(s.result, labelAsOf(s));
}
