import type { TAnswerValue } from "../types";

/**
 * Test and seed data: the fixture camera (a home security camera: Annex III class I, point 17), sold in the EU,
 * none of the CRA exclusions (catalog 1.2.0+). Composed with the other markets' facts into one answer set by
 * lib/testing/answers.ts (everyMarketAnswers).
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
