import { publicT } from "@/lib/i18n/public-label";
import type { TPublicResultBuilder } from "../public-types";
import { localized } from "../public-types";

export const usCtmPublic: TPublicResultBuilder = (s, common) => {
  const us = s.result.us;
  const summary = localized((lang) => publicT(lang)(`us.status.${us.status}`));
  return {
    ...common,
    scheme: "US_CTM",
    summary,
    status: us.status,
    eligible: us.eligible,
    inScope: us.inScope,
  };
};
