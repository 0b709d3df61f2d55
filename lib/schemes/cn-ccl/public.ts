import { PUBLIC_LABEL_DICT, type TLang } from "@/lib/i18n/public-label";
import type { TPublicResultBuilder } from "../public-types";

export const cnCclPublic: TPublicResultBuilder = (s, common) => {
  const cn = s.result.cn;
  const text = (lang: TLang) => {
    const d = PUBLIC_LABEL_DICT[lang].cn;
    const head = cn.inScope === false ? d.outOfScope : d.stars(cn.stars);
    return cn.provisional || common.provisional ? `${head} (${PUBLIC_LABEL_DICT[lang].provisional})` : head;
  };
  return {
    ...common,
    provisional: common.provisional || cn.provisional,
    scheme: "CN_CCL",
    summary: { en: text("en"), "zh-CN": text("zh-CN") },
    stars: cn.stars,
    inScope: cn.inScope,
    catalogueListed: cn.catalogueListed,
  };
};
