import type { TAnswerValue } from "../types";

/**
 * Test and seed data: the fixture camera, made available to UK consumers, relying on Schedule 1 directly and
 * ETSI EN 303 645, with the statement-of-compliance fields filled in (catalog 1.2.0+). Composed with the other
 * markets' facts into one answer set by lib/testing/answers.ts (everyMarketAnswers).
 */
export const PSTI_UK_PROFILE: Readonly<Record<string, TAnswerValue>> = {
  "p.uk_market": true,
  "p.uk_ni_only": false,
  "p.ev_charger": false,
  "p.uk_medical": false,
  "p.smart_meter": false,
  "p.computer": false,
  "p.own_shop": true,
  "p.psti_etsi": false,
  "p.psti_iso29147": false,
  "p.label_jcstar": false,
  "p.label_cls": false,
};

export const PSTI_SOC_ANSWERS: Readonly<Record<string, TAnswerValue>> = {
  "c.soc.address": "Building 5, 88 Keyuan Road, Nanshan District, Shenzhen 518057, China",
  "c.soc.signatory": "Li Wei",
  "c.soc.function": "Head of Product Security",
  "c.soc.place": "Shenzhen, China",
  "c.support.end_date": "2031-12-31",
};
