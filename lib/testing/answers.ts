import type { TAnswerValue, TCatalog } from "@/lib/schemes";
import { CRA_PROFILE } from "@/lib/schemes/eu-cra/fixtures";
import { PSTI_SOC_ANSWERS, PSTI_UK_PROFILE } from "@/lib/schemes/uk-psti/fixtures";
import { CAMERA_PROFILE, goodAnswers } from "@/lib/scoring/fixtures";

/**
 * The fixture camera answered well for every market at once, the one such answer set of the tests and the e2e
 * seeds: every control answered well, sold in the UK (with the PSTI statement of compliance's fields, the
 * manufacturer's own address so no UK representative) and in the EU under the CRA profile, so that no criterion of
 * any scheme is left failing for the lab to decide. On a catalog older than 1.2.0 the facts it does not ask are left
 * out. `change` is applied last (undefined deletes an answer).
 */
export function everyMarketAnswers(
  catalog: TCatalog,
  change: Readonly<Record<string, TAnswerValue | undefined>> = {},
): Record<string, TAnswerValue> {
  const known = new Set(catalog.questions.map((q) => q.id));
  const out: Record<string, TAnswerValue> = goodAnswers(catalog, {
    ...CAMERA_PROFILE,
    ...PSTI_UK_PROFILE,
    ...CRA_PROFILE,
  });
  for (const [k, v] of Object.entries(PSTI_SOC_ANSWERS)) if (known.has(k)) out[k] = v;
  delete out["c.soc.uk_rep"];
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}
