import { CAMERA_PROFILE, goodAnswers } from "@/lib/scoring/fixtures";
import type { TAnswerValue, TCatalog } from "../types";

/**
 * Test and seed data: the fixture camera (a home security camera: Annex III class I, point 17), sold in the EU,
 * none of the CRA exclusions, every control answered well (catalog 1.2.0+).
 */
export const CRA_PROFILE: Readonly<Record<string, TAnswerValue>> = {
  "p.cra.marine": false,
  "p.cra.defence": false,
  "p.cra.spare_part": false,
  "p.cra.noncommercial": false,
  "p.cra.core_function": "home_security",
  "p.cra.standards_in_full": false,
  "p.cra.component": false,
};

/** Every control answered well, the CRA profile; `change` applied last (undefined deletes). */
export function craAnswers(
  catalog: TCatalog,
  change: Readonly<Record<string, TAnswerValue | undefined>> = {},
): Record<string, TAnswerValue> {
  const out: Record<string, TAnswerValue> = goodAnswers(catalog, { ...CAMERA_PROFILE, ...CRA_PROFILE });
  for (const [k, v] of Object.entries(change)) {
    if (v === undefined) delete out[k];
    else out[k] = v;
  }
  return out;
}
