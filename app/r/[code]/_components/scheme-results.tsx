import { publicT, type TLang } from "@/lib/i18n/public-label";
import { legalBasisText } from "@/lib/schemes/i18n/legal-basis";
import type { TPublicSchemeResult } from "@/lib/labels/public-record";

const TONE_EU = {
  presumption: "ok",
  notified_body_required: "warn",
  no_presumption: "bad",
  incomplete: "info",
  not_required: "",
} as const;
const TONE_US = { eligible: "ok", not_eligible: "bad", incomplete: "info", out_of_scope: "" } as const;

function Stars({ n, label }: { n: number; label: string }) {
  return (
    <span className="pl-stars">
      <span aria-hidden="true">
        {"★".repeat(n)}
        {"☆".repeat(3 - n)}
      </span>{" "}
      {label}
    </span>
  );
}

/** One card per target scheme, the result in plain words (translated), with the details each scheme asks for. */
export function SchemeResult({ result, lang }: { result: TPublicSchemeResult; lang: TLang }) {
  const t = publicT(lang);
  const title = t(`schemeTitle.${result.scheme}`);
  return (
    <article className="pl-scheme" aria-labelledby={`pl-scheme-${result.scheme}`}>
      <h3 id={`pl-scheme-${result.scheme}`}>
        {title}
        {result.provisional ? <span className="pl-tag">{t("provisional")}</span> : null}
      </h3>
      {result.scheme === "EU_RED" ? (
        <ul className="pl-articles">
          {result.articles.map((a) => (
            <li key={a.article}>
              <span className="pl-article">
                {t(`eu.article.${a.article}`)} · {a.standard}
              </span>
              <span className={`pl-result pl-tone-${TONE_EU[a.status] || "none"}`}>
                {t(`eu.status.${a.status}`)}
              </span>
              {a.inScope !== false && a.route !== "none" ? (
                <span className="pl-small">
                  {t("eu.routeLabel")}
                  {t("colon")}
                  {t(`eu.route.${a.route}`)}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : result.scheme === "US_CTM" ? (
        <p className={`pl-result pl-tone-${TONE_US[result.status] || "none"}`}>
          {t(`us.status.${result.status}`)}
        </p>
      ) : (
        <>
          <p className={`pl-result pl-tone-${result.stars > 0 ? "ok" : "bad"}`}>
            {result.inScope === false ? (
              t("cn.outOfScope")
            ) : (
              <Stars n={result.stars} label={t("cn.stars", { n: result.stars })} />
            )}
          </p>
          {result.provisional ? <p className="pl-small">{t("cn.provisional")}</p> : null}
          {result.catalogueListed === false ? <p className="pl-small">{t("cn.notListed")}</p> : null}
        </>
      )}
      {result.basis.length > 0 ? (
        <p className="pl-small pl-muted">
          {t("basis")}
          {t("colon")}
          {result.basis.map((b) => legalBasisText(lang, b)).join(t("listSeparator"))}
        </p>
      ) : null}
    </article>
  );
}
