import { resultFor } from "@/lib/scoring/assess";
import type { TAssessment } from "@/lib/scoring/types";
import { pstiResult, type TPstiResult } from "./rule";

const cache = new WeakMap<TAssessment, TPstiResult>();

/**
 * The PSTI result of an assessment, computed once per assessment object by the pure rule from the engine's generic
 * tally of the scheme (scope, its reasons and the "excepted" fact) and the criterion verdicts. An assessment on a
 * catalog before 1.2.0 has no PSTI criteria: it is out of scope, and says why.
 */
export function pstiOf(a: TAssessment): TPstiResult {
  const hit = cache.get(a);
  if (hit) return hit;
  const g = a.schemes?.UK_PSTI;
  const r = g
    ? pstiResult({
        inScope: g.inScope,
        excepted: g.facts.excepted ?? null,
        outOfScopeReasons: g.outOfScopeReasons,
        verdict: (k) => resultFor(a, k),
      })
    : pstiResult({
        inScope: false,
        excepted: false,
        outOfScopeReasons: [`Catalog ${a.catalogVersion} does not assess the UK PSTI requirements.`],
        verdict: () => undefined,
      });
  cache.set(a, r);
  return r;
}
