import { publicT } from "@/lib/i18n/public-label";
import type { TPublicResultBuilder } from "../public-types";
import { localized } from "../public-types";

const EU_STANDARD: Record<1 | 2 | 3, string> = { 1: "EN 18031-1", 2: "EN 18031-2", 3: "EN 18031-3" };

export const euRedPublic: TPublicResultBuilder = (s, common) => {
  const articles = s.result.eu.articles.map((a) => ({
    article: a.article,
    standard: EU_STANDARD[a.part],
    inScope: a.inScope,
    status: a.status,
    conformant: a.conformant,
    route: a.route,
  }));
  const summary = localized((lang) => {
    const t = publicT(lang);
    return articles.map((a) => `${t(`eu.article.${a.article}`)}: ${t(`eu.status.${a.status}`)}`).join("; ");
  });
  return { ...common, scheme: "EU_RED", summary, articles };
};
