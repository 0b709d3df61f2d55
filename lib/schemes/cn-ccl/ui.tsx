import { useTranslations } from "next-intl";
import type { TCnResult } from "@/lib/scoring/types";
import { scopeReasonsIn, useSchemeLang } from "../ui-i18n";
import { ITEM, ITEM_LABEL, type TSchemeUi } from "../ui-types";

const starsText = (stars: number) => `${"★".repeat(stars)}${"☆".repeat(3 - stars)}`;

function Stars({ cn }: { cn: TCnResult }) {
  const t = useTranslations("schemeResults.cn");
  if (cn.inScope === false) return <span className="badge">{t("outOfScope")}</span>;
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <span aria-hidden="true" style={{ color: "#9a5b00", letterSpacing: "0.1em" }}>
        {starsText(cn.stars)}
      </span>{" "}
      <span className="small">{t("stars", { n: cn.stars })}</span>
    </span>
  );
}

export const cnCclUi: TSchemeUi = {
  Live: function CnCclLive({ result }) {
    const t = useTranslations("schemeResults.cn");
    const lang = useSchemeLang();
    const cn = result.cn;
    return (
      <>
        <div>
          <span className="stars" aria-hidden="true">
            {starsText(cn.stars)}
          </span>{" "}
          <strong data-testid="cn-stars">{t("stars", { n: cn.stars })}</strong>
        </div>
        {cn.outOfScopeReasons?.length ? (
          <div className="muted small">
            {scopeReasonsIn(result.catalogVersion, lang, "CN_CCL", cn.outOfScopeReasons)}
          </div>
        ) : null}
        {cn.missingForNext ? (
          <div className="small muted">
            {t("missing", { n: cn.missingForNext.criteria.length, level: cn.missingForNext.level })}
          </div>
        ) : null}
      </>
    );
  },
  Compact: function CnCclCompact({ result }) {
    const t = useTranslations("schemeResults.cn");
    return (
      <>
        <div style={{ ...ITEM, marginTop: "0.3rem" }}>
          <span className="small" style={ITEM_LABEL}>
            {t("level")}
          </span>
          <Stars cn={result.cn} />
        </div>
        {result.cn.provisional && result.cn.inScope !== false ? (
          <p className="muted small" style={{ margin: "0.2rem 0 0" }}>
            {t("provisional")}
          </p>
        ) : null}
      </>
    );
  },
};
