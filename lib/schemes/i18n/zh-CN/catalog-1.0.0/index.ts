import { defineDictionary } from "../../dictionary";
import { criteriaCn } from "./criteria-cn";
import { criteriaEu } from "./criteria-eu";
import { criteriaUs } from "./criteria-us";
import { evidence } from "./evidence";
import { meta } from "./meta";
import { questionsControlsA } from "./questions-controls-a";
import { questionsControlsB } from "./questions-controls-b";
import { questionsProfile } from "./questions-profile";

/** Catalog 1.0.0 in Simplified Chinese, every text a reader sees (lib/schemes/i18n/fields.ts). */
export const zhCN_1_0_0 = defineDictionary(
  "zh-CN",
  "1.0.0",
  meta,
  evidence,
  questionsProfile,
  questionsControlsA,
  questionsControlsB,
  criteriaEu,
  criteriaUs,
  criteriaCn,
);
