import { publicT } from "@/lib/i18n/public-label";
import type { TPublicPage } from "../public-page-types";

const TONE_US = { eligible: "ok", not_eligible: "bad", incomplete: "info", out_of_scope: "" } as const;

export const usCtmPublicPage: TPublicPage = {
  certifierRow: true,
  Detail({ result, lang }) {
    if (result.scheme !== "US_CTM") return null;
    const t = publicT(lang);
    return (
      <p className={`pl-result pl-tone-${TONE_US[result.status] || "none"}`}>
        {t(`us.status.${result.status}`)}
      </p>
    );
  },
};
