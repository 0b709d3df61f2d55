import { publicT } from "@/lib/i18n/public-label";
import { scopeReasonText } from "../i18n/scope-reasons";
import type { TPublicResultBuilder } from "../public-types";
import { localized } from "../public-types";

export const usCtmPublic: TPublicResultBuilder = (s, common) => {
  const us = s.result.us;
  const summary = localized((lang) => publicT(lang)(`us.status.${us.status}`));
  const reasons = us.outOfScopeReasons ?? [];
  return {
    ...common,
    scheme: "US_CTM",
    summary,
    status: us.status,
    eligible: us.eligible,
    inScope: us.inScope,
    // Only labels whose frozen result carries the reasons (catalog 1.1.0+) get the field: older records (and the
    // pages drawn from them) stay byte-identical.
    ...(reasons.length
      ? {
          outOfScopeReasons: reasons.map((r) =>
            localized((lang) => scopeReasonText(s.catalog.version, lang, "US_CTM", r)),
          ),
        }
      : {}),
  };
};
