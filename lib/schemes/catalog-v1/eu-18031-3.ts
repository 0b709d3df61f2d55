import { is } from "../build";
import type { TCriterion } from "../types";
import { euCriterion } from "./eu-common";

/**
 * EN 18031-3:2024, internet-connected radio equipment that handles money or monetary value, RED article 3(3)(f):
 * 37 requirements. Part 3 removes most escape routes of parts 1 and 2, which we model as allowNotApplicable=false.
 */
const STRICT = { allowNotApplicable: false } as const;

export const eu180313: TCriterion[] = [
  euCriterion(3, "ACM-1"),
  euCriterion(3, "ACM-2"),
  euCriterion(3, "AUM-1-1", {
    ...STRICT,
    text: "Access to security or financial assets over a network interface is always authenticated; part 3 has no exemptions.",
  }),
  euCriterion(3, "AUM-1-2", {
    ...STRICT,
    text: "Access to security or financial assets through a user interface is always authenticated; part 3 has no exemptions.",
  }),
  euCriterion(3, "AUM-1-3"),
  euCriterion(3, "AUM-2-1", { title: "Appropriate authentication mechanisms" }, "AUM-2"),
  euCriterion(3, "AUM-2-2", {
    ...STRICT,
    text: "Reaching, through user interfaces over the network, financial functions that move money or virtual currency requires two factors from different categories.",
    applicability: is("p.network_interface"),
  }),
  euCriterion(3, "AUM-3"),
  euCriterion(3, "AUM-4"),
  euCriterion(3, "AUM-5-1"),
  euCriterion(3, "AUM-5-2"),
  euCriterion(3, "AUM-6"),
  euCriterion(3, "SUM-1"),
  euCriterion(3, "SUM-2", {
    text: "An update is installed only if its integrity and authenticity check out at installation. For article (f) the OJ gives these assessment criteria no presumption of conformity (restriction R3).",
  }),
  euCriterion(3, "SUM-3"),
  euCriterion(3, "SSM-1"),
  euCriterion(3, "SSM-2"),
  euCriterion(3, "SSM-3"),
  euCriterion(3, "SCM-1", {
    ...STRICT,
    text: "Every financial or security asset sent over a network interface uses secure communication; integrity, authenticity and replay protection are always required.",
  }),
  euCriterion(3, "SCM-2", {
    ...STRICT,
    text: "Communication protects integrity and authenticity with best practice; no interoperability deviation is allowed.",
  }),
  euCriterion(3, "SCM-3", {
    ...STRICT,
    text: "Communication is encrypted with best practice where confidentiality is needed; no interoperability deviation is allowed.",
  }),
  euCriterion(3, "SCM-4", {
    text: "Copies of accepted messages are refused with best-practice replay protection; only a justified 'no replay threat' exit remains.",
  }),
  euCriterion(3, "LGM-1"),
  euCriterion(3, "LGM-2"),
  euCriterion(3, "LGM-3"),
  euCriterion(3, "LGM-4"),
  euCriterion(3, "CCK-1"),
  euCriterion(3, "CCK-2"),
  euCriterion(3, "CCK-3"),
  euCriterion(3, "GEC-1"),
  euCriterion(3, "GEC-2"),
  euCriterion(3, "GEC-3"),
  euCriterion(3, "GEC-4"),
  euCriterion(3, "GEC-5"),
  euCriterion(3, "GEC-6"),
  euCriterion(3, "GEC-8"),
  euCriterion(3, "CRY-1"),
];
