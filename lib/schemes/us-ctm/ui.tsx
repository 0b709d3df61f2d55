import { useTranslations } from "next-intl";
import { catalogLine, scopeReasonsIn, useSchemeLang } from "../ui-i18n";
import { ITEM, ITEM_LABEL, type TSchemeUi } from "../ui-types";
import { US_STATUS_BADGE, US_STATUS_TEXT } from "./ui-text";

export const usCtmUi: TSchemeUi = {
  Live: function UsCtmLive({ result }) {
    const t = useTranslations("schemeResults");
    const lang = useSchemeLang();
    const version = result.catalogVersion;
    const us = result.us;
    return (
      <>
        <span className={`badge badge-${US_STATUS_TEXT[us.status].tone || "info"}`}>
          {t(`us.status.${us.status}`)}
        </span>
        {us.outOfScopeReasons?.length ? (
          <div className="muted small" data-testid="us-out-of-scope">
            {t("why", { text: scopeReasonsIn(version, lang, "US_CTM", us.outOfScopeReasons) })}
          </div>
        ) : null}
        {us.failing.length ? <div className="small">{t("us.failing", { n: us.failing.length })}</div> : null}
        {us.missingRegistry.length ? (
          <div className="small muted">
            {t("us.registryMissing", {
              fields: us.missingRegistry
                .map((f) => catalogLine(version, lang, `scheme.US_CTM.registryField.${f.field}`, f.label))
                .join(lang === "en" ? "; " : "；"),
            })}
          </div>
        ) : null}
      </>
    );
  },
  Compact: function UsCtmCompact({ result }) {
    const t = useTranslations("schemeResults.us");
    return (
      <div style={{ ...ITEM, marginTop: "0.3rem" }}>
        <span className="small" style={ITEM_LABEL}>
          {t("eligibility")}
        </span>
        <span className={US_STATUS_BADGE[result.us.status]}>{t(`badge.${result.us.status}`)}</span>
      </div>
    );
  },
};
