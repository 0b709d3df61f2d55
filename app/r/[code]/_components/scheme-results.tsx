import { publicT, type TLang } from "@/lib/i18n/public-label";
import type { TPublicSchemeResult } from "@/lib/labels/public-record";
import { legalBasisText } from "@/lib/schemes/i18n/legal-basis";
import { publicPage } from "@/lib/schemes/public-page";

/** One card per target scheme, the result in plain words (translated), with the details each scheme asks for. */
export function SchemeResult({ result, lang }: { result: TPublicSchemeResult; lang: TLang }) {
  const t = publicT(lang);
  const title = t(`schemeTitle.${result.scheme}`);
  const { Detail } = publicPage(result.scheme);
  return (
    <article className="pl-scheme" aria-labelledby={`pl-scheme-${result.scheme}`}>
      <h3 id={`pl-scheme-${result.scheme}`}>
        {title}
        {result.provisional ? <span className="pl-tag">{t("provisional")}</span> : null}
      </h3>
      <Detail result={result} lang={lang} />
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
