import { catalogV1_1 } from "../catalog-v1-1";
import type { TCatalog } from "../types";
import { etsi303645 } from "./etsi-303-645";
import { ukPstiAddition } from "./uk-psti";
import { craAddition } from "./eu-cra";
import { composeCatalog, composeEntries, type TCatalogVersionInfo, type TSchemeAddition } from "./compose";

/**
 * Catalog 1.2.0 = 1.1.0 (unchanged: every EU, US and China criterion scores as before) + the schemes below, each in
 * its own file. Adding a scheme to this version = one file and one line in SCHEME_ADDITIONS (docs/schemes.md).
 */
export const SCHEME_ADDITIONS: readonly TSchemeAddition[] = [etsi303645, ukPstiAddition, craAddition];

export const CATALOG_1_2_INFO: TCatalogVersionInfo = {
  version: "1.2.0",
  publishedOn: "2026-12-01",
  title: { en: "Cyberlabel criteria catalog v1.2", zhCN: "Cyberlabel 准则目录 第 1.2 版" },
  notes: [
    {
      en: "1.2.0 adds schemes answered from the same questionnaire; the EU, US and China criteria of 1.1.0 are unchanged.",
      zhCN: "1.2.0 新增了由同一份问卷回答的方案；1.1.0 中欧盟、美国和中国的准则保持不变。",
    },
  ],
  changelog: [
    {
      en: "The EU, US and China criteria and questions are those of 1.1.0, unchanged.",
      zhCN: "欧盟、美国和中国的准则与问题沿用 1.1.0，未作改动。",
    },
  ],
};

export const catalogV1_2: TCatalog = composeCatalog(catalogV1_1, CATALOG_1_2_INFO, SCHEME_ADDITIONS);

/** The Chinese texts 1.2.0 adds over 1.1.0's dictionary (lib/schemes/i18n/zh-CN/catalog-1.2.0). */
export const catalogV1_2ZhEntries = () => composeEntries(catalogV1_1, CATALOG_1_2_INFO, SCHEME_ADDITIONS);
