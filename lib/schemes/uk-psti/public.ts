import { publicT } from "@/lib/i18n/public-label";
import type { TPublicResultBuilder } from "../public-types";
import { localized } from "../public-types";
import { documentPath } from "../documents";
import { PSTI_STATEMENT_SLUG, pstiStatementDocument } from "./document";
import { pstiOf } from "./result";

export const ukPstiPublic: TPublicResultBuilder = (s, common) => {
  const p = pstiOf(s.result);
  return {
    ...common,
    scheme: "UK_PSTI",
    summary: localized((lang) => publicT(lang)(`psti.status.${p.status}`)),
    status: p.status,
    inScope: p.inScope,
    requirements: p.requirements.map((r) => ({ key: r.key, state: r.state, via: [...r.via] })),
    labels: [...p.labels],
    statement:
      pstiStatementDocument.blockers(s).length === 0
        ? {
            en: documentPath(s.label.publicCode, PSTI_STATEMENT_SLUG, "en"),
            "zh-CN": documentPath(s.label.publicCode, PSTI_STATEMENT_SLUG, "zh-CN"),
          }
        : null,
  };
};
