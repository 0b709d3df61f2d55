import { publicT } from "@/lib/i18n/public-label";
import type { TPublicResultBuilder } from "../public-types";
import { localized } from "../public-types";

export const cnCclPublic: TPublicResultBuilder = (s, common) => {
  const cn = s.result.cn;
  const summary = localized((lang) => {
    const t = publicT(lang);
    const head = cn.inScope === false ? t("cn.outOfScope") : t("cn.stars", { n: cn.stars });
    return cn.provisional || common.provisional ? `${head} (${t("provisional")})` : head;
  });
  return {
    ...common,
    provisional: common.provisional || cn.provisional,
    scheme: "CN_CCL",
    summary,
    stars: cn.stars,
    inScope: cn.inScope,
    catalogueListed: cn.catalogueListed,
  };
};
