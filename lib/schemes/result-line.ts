// A scheme's one-line result for the "results changed" list of a re-assessment, in the reader's language. The
// English line is the scheme module's diffLine (what the comparison reads); another language says the same result
// in its own words (messages schemeResults, and the modules' own bilingual tables). Server-side: it reads messages.
import type { TLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { craOf, todayUtc } from "@/lib/schemes/eu-cra/result";
import { CRA_CLASS_TEXT, CRA_OUTCOME_TEXT } from "@/lib/schemes/eu-cra/text";
import { ETSI_OUTCOME_TEXT, etsiOutcome, etsiTally, recommendedShare } from "@/lib/schemes/etsi-303-645";
import { schemeModule } from "@/lib/schemes/registry";
import type { TSchemeId } from "@/lib/schemes/types";
import { PSTI_STATUS_TEXT } from "@/lib/schemes/uk-psti";
import { pstiOf } from "@/lib/schemes/uk-psti/result";
import type { TAssessment } from "@/lib/scoring/types";

export function resultLineIn(r: TAssessment, scheme: TSchemeId, locale: TLocale): string {
  if (locale === "en") return schemeModule(scheme).diffLine(r);
  const t = translator(locale, "schemeResults");
  const sep = "；";
  switch (scheme) {
    case "EU_RED":
      return r.eu.articles
        .map((a) => `${t("eu.article", { article: a.article })} ${t(`eu.badge.${a.status}`)}`)
        .join(sep);
    case "US_CTM":
      return t(`us.badge.${r.us.status}`);
    case "CN_CCL":
      return r.cn.inScope === false ? t("cn.outOfScope") : t("cn.stars", { n: r.cn.stars });
    case "UK_PSTI":
      return PSTI_STATUS_TEXT[pstiOf(r).status][locale];
    case "EU_CRA": {
      const c = craOf(r, todayUtc());
      const cls = c.productClass.id ? CRA_CLASS_TEXT[c.productClass.id][locale] : t("cra.noClass");
      return [CRA_OUTCOME_TEXT[c.outcome][locale], cls].join(sep);
    }
    case "ETSI_303645": {
      const tally = etsiTally(r);
      const share = recommendedShare(tally);
      return `${ETSI_OUTCOME_TEXT[etsiOutcome(tally)][locale]}${sep}${share.met}/${share.applicable}`;
    }
  }
}
