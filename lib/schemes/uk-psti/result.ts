import { resultFor } from "@/lib/scoring/assess";
import type { TAssessment } from "@/lib/scoring/types";
import { pstiResult, type TPstiResult } from "./rule";

const cache = new WeakMap<TAssessment, TPstiResult>();

/** The PSTI result of an assessment (catalog 1.2.0+), computed once per assessment object by the pure rule. */
export function pstiOf(a: TAssessment): TPstiResult {
  const hit = cache.get(a);
  if (hit) return hit;
  // Scope: the statement criterion always applies within the scope, so its scope stage says whether PSTI does.
  const probe = resultFor(a, "PSTI-2");
  const inScope =
    probe === undefined || probe.stage !== "scope"
      ? probe !== undefined
      : probe.verdict === "NOT_APPLICABLE"
        ? false
        : null;
  const r = pstiResult({ inScope, excepted: null, outOfScopeReasons: [], verdict: (k) => resultFor(a, k) });
  cache.set(a, r);
  return r;
}
