import { useTranslations } from "next-intl";
import type { TEuArticleResult } from "@/lib/scoring/types";
import { getCatalog } from "../index";
import { catalogLine, scopeReasonsIn, useSchemeLang } from "../ui-i18n";
import { ITEM, ITEM_LABEL, LIST, type TSchemeUi } from "../ui-types";
import type { TSchemeLang } from "../module";
import { EU_STATUS_BADGE, EU_STATUS_TEXT } from "./ui-text";

// "Art. 3(3)(d) network protection: internet-connected radio equipment" → "Art. 3(3)(d) network protection".
const shortArticle = (label: string) => label.split(/[:：]/)[0] ?? label;

/** The article's scope label (catalog text `scheme.EU_RED.scope.<id>`) in the reader's language. */
function articleLabel(version: string, lang: TSchemeLang, label: string): string {
  if (lang === "en") return label;
  const scope = getCatalog(version)
    .schemes.find((s) => s.id === "EU_RED")
    ?.scopes.find((s) => s.label === label);
  return scope ? catalogLine(version, lang, `scheme.EU_RED.scope.${scope.id}`, label) : label;
}

function RouteReason({ a }: { a: TEuArticleResult }) {
  const t = useTranslations("schemeResults.eu.route");
  const ids = a.restrictions.filter((r) => r.triggered === true).map((r) => r.id);
  return <div className="muted small">{t(a.status, { n: a.failing.length, ids: ids.join(", ") })}</div>;
}

export const euRedUi: TSchemeUi = {
  Live: function EuRedLive({ result }) {
    const t = useTranslations("schemeResults.eu");
    const lang = useSchemeLang();
    const version = result.catalogVersion;
    const note = result.eu.regimeNote;
    return (
      <>
        <ul className="gap-list" style={{ listStyle: "none", paddingLeft: 0 }}>
          {result.eu.articles.map((a) => (
            <li key={a.article} data-article={a.article}>
              <strong>{t("article", { article: a.article })}</strong>{" "}
              <span className={`badge badge-${EU_STATUS_TEXT[a.status].tone || "info"}`}>
                {t(`status.${a.status}`)}
              </span>
              {a.status !== "not_required" ? <RouteReason a={a} /> : null}
              {a.outOfScopeReasons?.length ? (
                <div className="muted small">
                  {scopeReasonsIn(version, lang, "EU_RED", a.outOfScopeReasons)}
                </div>
              ) : null}
            </li>
          ))}
        </ul>
        {note ? (
          <p className="small muted">{catalogLine(version, lang, "scheme.EU_RED.regimeSwitch", note)}</p>
        ) : null}
      </>
    );
  },
  Compact: function EuRedCompact({ result }) {
    const t = useTranslations("schemeResults.eu.badge");
    const lang = useSchemeLang();
    return (
      <ul style={LIST}>
        {result.eu.articles.map((a) => (
          <li key={a.article} style={ITEM}>
            <span className="small" style={ITEM_LABEL}>
              {shortArticle(articleLabel(result.catalogVersion, lang, a.label))}
            </span>
            <span className={EU_STATUS_BADGE[a.status]}>{t(a.status)}</span>
          </li>
        ))}
      </ul>
    );
  },
};
