// Every message of the product, per language and namespace (one JSON file each, so parallel work on different areas
// rarely touches the same file). English is the reference: its shape types every key (global.d.ts), and
// messages.test.ts fails on a key present in one language and missing in the other.
import type { TLocale } from "@/lib/i18n/locales";
import enCatalog from "./en/catalog.json";
import enCommon from "./en/common.json";
import enPublicLabel from "./en/publicLabel.json";
import zhCatalog from "./zh-CN/catalog.json";
import zhCommon from "./zh-CN/common.json";
import zhPublicLabel from "./zh-CN/publicLabel.json";

const en = { common: enCommon, publicLabel: enPublicLabel, catalog: enCatalog };
export type TMessages = typeof en;

export const MESSAGES: Readonly<Record<TLocale, TMessages>> = {
  en,
  "zh-CN": { common: zhCommon, publicLabel: zhPublicLabel, catalog: zhCatalog },
};
