// Every message of the product, per language and namespace (one JSON file each, so parallel work on different areas
// rarely touches the same file). English is the reference: its shape types every key (global.d.ts), and
// messages.test.ts fails on a key present in one language and missing in the other.
import type { TLocale } from "@/lib/i18n/locales";
import enCatalog from "./en/catalog.json" with { type: "json" };
import enCommon from "./en/common.json" with { type: "json" };
import enCraDraft from "./en/craDraft.json" with { type: "json" };
import enErrors from "./en/errors.json" with { type: "json" };
import enIncidents from "./en/incidents.json" with { type: "json" };
import enCraDeclaration from "./en/craDeclaration.json" with { type: "json" };
import enPublicLabel from "./en/publicLabel.json" with { type: "json" };
import enPstiStatement from "./en/pstiStatement.json" with { type: "json" };
import zhCatalog from "./zh-CN/catalog.json" with { type: "json" };
import zhCommon from "./zh-CN/common.json" with { type: "json" };
import zhCraDraft from "./zh-CN/craDraft.json" with { type: "json" };
import zhErrors from "./zh-CN/errors.json" with { type: "json" };
import zhIncidents from "./zh-CN/incidents.json" with { type: "json" };
import zhCraDeclaration from "./zh-CN/craDeclaration.json" with { type: "json" };
import zhPublicLabel from "./zh-CN/publicLabel.json" with { type: "json" };
import zhPstiStatement from "./zh-CN/pstiStatement.json" with { type: "json" };

const en = {
  common: enCommon,
  publicLabel: enPublicLabel,
  catalog: enCatalog,
  craDraft: enCraDraft,
  errors: enErrors,
  incidents: enIncidents,
  pstiStatement: enPstiStatement,
  craDeclaration: enCraDeclaration,
};
export type TMessages = typeof en;

export const MESSAGES: Readonly<Record<TLocale, TMessages>> = {
  en,
  "zh-CN": {
    common: zhCommon,
    publicLabel: zhPublicLabel,
    catalog: zhCatalog,
    craDraft: zhCraDraft,
    errors: zhErrors,
    incidents: zhIncidents,
    pstiStatement: zhPstiStatement,
    craDeclaration: zhCraDeclaration,
  },
};
