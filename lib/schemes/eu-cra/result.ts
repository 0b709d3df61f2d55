import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { assessCra, type TCraResult } from "./rule";
import { craFactsFromAnswers, craScope } from "./scope";

/**
 * The CRA result of a label snapshot, evaluated on the day the lab approved it: frozen with the snapshot like every
 * other result (the same snapshot always gives the same class, route and readiness/conformity outcome).
 */
export function craResultOfSnapshot(s: TLabelSnapshot): TCraResult | null {
  if (!(s.assessment.targetSchemes as readonly string[]).includes("EU_CRA")) return null;
  return assessCra({
    criteria: s.result.criteria,
    facts: craFactsFromAnswers(s.answers),
    scope: craScope(s.result.criteria, s.answers),
    asOf: s.assessment.approvedAt.slice(0, 10),
  });
}
