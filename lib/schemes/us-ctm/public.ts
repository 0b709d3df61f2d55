import { PUBLIC_LABEL_DICT } from "@/lib/i18n/public-label";
import type { TPublicResultBuilder } from "../public-types";

export const usCtmPublic: TPublicResultBuilder = (s, common) => {
  const us = s.result.us;
  const summary = {
    en: PUBLIC_LABEL_DICT.en.us.status[us.status],
    "zh-CN": PUBLIC_LABEL_DICT["zh-CN"].us.status[us.status],
  };
  return {
    ...common,
    scheme: "US_CTM",
    summary,
    status: us.status,
    eligible: us.eligible,
    inScope: us.inScope,
  };
};
