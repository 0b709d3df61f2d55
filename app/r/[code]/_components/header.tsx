import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { LANGS, publicT, type TLang } from "@/lib/i18n/public-label";
import { labelPaths } from "@/lib/labels/public-urls";

/** Brand line and the language switch: plain links to the other language's page, so it works without JS. */
export function LabelHeader({ code, lang }: { code: string; lang: TLang }) {
  const t = publicT(lang);
  return (
    <header className="pl-top">
      <div className="pl-top-inner">
        <span className="pl-brand">{t("brand")}</span>
        <nav aria-label={t("switchTo")}>
          <ul className="pl-langs">
            {LANGS.map((l) => (
              <li key={l}>
                <a
                  href={labelPaths(code).pageIn(l)}
                  hrefLang={l}
                  lang={l}
                  aria-current={l === lang ? "page" : undefined}
                >
                  {LOCALE_NAMES[l]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
