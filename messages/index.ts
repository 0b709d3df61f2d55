// Every message of the product, per language and namespace (one JSON file each, so parallel work on different areas
// rarely touches the same file). English is the reference: its shape types every key (global.d.ts), and
// messages.test.ts fails on a key present in one language and missing in the other.
import type { TLocale } from "@/lib/i18n/locales";
import enCatalog from "./en/catalog.json" with { type: "json" };
import enCommon from "./en/common.json" with { type: "json" };
import enPublicLabel from "./en/publicLabel.json" with { type: "json" };
import enQuestionnaire from "./en/questionnaire.json" with { type: "json" };
import enReview from "./en/review.json" with { type: "json" };
import zhCatalog from "./zh-CN/catalog.json" with { type: "json" };
import zhCommon from "./zh-CN/common.json" with { type: "json" };
import zhPublicLabel from "./zh-CN/publicLabel.json" with { type: "json" };
import zhQuestionnaire from "./zh-CN/questionnaire.json" with { type: "json" };
import zhReview from "./zh-CN/review.json" with { type: "json" };

const en = {
  common: enCommon,
  publicLabel: enPublicLabel,
  catalog: enCatalog,
  review: enReview,
  questionnaire: enQuestionnaire,
};
export type TMessages = typeof en;

export const MESSAGES: Readonly<Record<TLocale, TMessages>> = {
  en,
  "zh-CN": {
    common: zhCommon,
    publicLabel: zhPublicLabel,
    catalog: zhCatalog,
    review: zhReview,
    questionnaire: zhQuestionnaire,
  },
};
