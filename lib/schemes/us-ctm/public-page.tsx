import { publicT } from "@/lib/i18n/public-label";
import type { TPublicPage } from "../public-page-types";

const TONE_US = { eligible: "ok", not_eligible: "bad", incomplete: "info", out_of_scope: "" } as const;

export const usCtmPublicPage: TPublicPage = {
  certifierRow: true,
  Detail({ result, lang }) {
    if (result.scheme !== "US_CTM") return null;
    const t = publicT(lang);
    const reasons = result.outOfScopeReasons ?? [];
    return (
      <>
        <p className={`pl-result pl-tone-${TONE_US[result.status] || "none"}`}>
          {t(`us.status.${result.status}`)}
        </p>
        {reasons.length ? (
          <div className="pl-small" data-testid="pl-us-out-of-scope">
            <p className="pl-muted">{t("us.whyOutOfScope")}</p>
            <ul className="pl-reasons">
              {reasons.map((r) => (
                <li key={r.en}>{r[lang]}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </>
    );
  },
};
