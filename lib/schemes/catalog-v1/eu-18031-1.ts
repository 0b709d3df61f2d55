import type { TCriterion } from "../types";
import { euCriterion } from "./eu-common";

/** EN 18031-1:2024, internet-connected radio equipment, RED article 3(3)(d): 33 requirements. */
const IDS = [
  "ACM-1",
  "ACM-2",
  "AUM-1-1",
  "AUM-1-2",
  "AUM-2",
  "AUM-3",
  "AUM-4",
  "AUM-5-1",
  "AUM-5-2",
  "AUM-6",
  "SUM-1",
  "SUM-2",
  "SUM-3",
  "SSM-1",
  "SSM-2",
  "SSM-3",
  "SCM-1",
  "SCM-2",
  "SCM-3",
  "SCM-4",
  "RLM-1",
  "NMM-1",
  "TCM-1",
  "CCK-1",
  "CCK-2",
  "CCK-3",
  "GEC-1",
  "GEC-2",
  "GEC-3",
  "GEC-4",
  "GEC-5",
  "GEC-6",
  "CRY-1",
] as const;

export const eu180311: TCriterion[] = IDS.map((id) => euCriterion(1, id));
