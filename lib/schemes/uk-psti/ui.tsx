import { useTranslations } from "next-intl";
import { scopeReasonsIn, useSchemeLang } from "../ui-i18n";
import { ITEM, ITEM_LABEL, type TSchemeUi } from "../ui-types";
import { PSTI_REQUIREMENT_TEXT, PSTI_STATUS_TEXT } from "./index";
import { missingRequirements, type TPstiStatus } from "./rule";
import { pstiOf } from "./result";

const BADGE: Record<TPstiStatus, string> = {
  compliant: "badge badge-ok",
  not_compliant: "badge badge-bad",
  incomplete: "badge badge-info",
  excepted: "badge",
  out_of_scope: "badge",
};

export const ukPstiUi: TSchemeUi = {
  Live: function UkPstiLive({ result }) {
    const t = useTranslations("schemeResults");
    const lang = useSchemeLang();
    const p = pstiOf(result);
    const missing = missingRequirements(p);
    const sep = lang === "en" ? "; " : "；";
    return (
      <>
        <span className={BADGE[p.status]} data-testid="psti-status">
          {PSTI_STATUS_TEXT[p.status][lang]}
        </span>
        {p.outOfScopeReasons.length ? (
          <div className="muted small" data-testid="psti-out-of-scope">
            {t("why", { text: scopeReasonsIn(result.catalogVersion, lang, "UK_PSTI", p.outOfScopeReasons) })}
          </div>
        ) : null}
        {missing.length ? (
          <div className="small">
            {t("psti.missing", { items: missing.map((r) => PSTI_REQUIREMENT_TEXT[r.key][lang]).join(sep) })}
          </div>
        ) : null}
        {p.labels.length ? (
          <div className="small muted">
            {t("psti.deemed", {
              labels: new Intl.ListFormat(lang, { type: "conjunction" }).format(
                p.labels.map((l) => t(l === "jcstar" ? "psti.jcstar" : "psti.cls")),
              ),
            })}
          </div>
        ) : null}
      </>
    );
  },
  Compact: function UkPstiCompact({ result }) {
    const t = useTranslations("schemeResults.psti");
    const lang = useSchemeLang();
    const p = pstiOf(result);
    return (
      <div style={{ ...ITEM, marginTop: "0.3rem" }}>
        <span className="small" style={ITEM_LABEL}>
          {t("requirements")}
        </span>
        <span className={BADGE[p.status]}>{PSTI_STATUS_TEXT[p.status][lang]}</span>
      </div>
    );
  },
};
