import { publicT } from "@/lib/i18n/public-label";
import type { TPublicPage } from "../public-page-types";
import type { TSchemeId } from "../types";

/**
 * The public page's card body of a scheme without one of its own: the outcome in the reader's language, the
 * module's lines, and the notice that this is a lab assessment, not an official authorisation.
 */
export const genericPublicPage: TPublicPage = {
  Detail({ result, lang }) {
    if (!("lines" in result)) return null;
    const t = publicT(lang);
    return (
      <>
        <p className={`pl-result pl-tone-${result.outcome.tone}`}>{result.outcome.headline[lang]}</p>
        {result.lines.length > 0 ? (
          <ul className="pl-small">
            {result.lines.map((l) => (
              <li key={l.en}>{l[lang]}</li>
            ))}
          </ul>
        ) : null}
        <p className="pl-small pl-muted" data-testid={`notice-${result.scheme}`}>
          {t("schemeNotOfficial", { scheme: t(`schemeTitle.${result.scheme as TSchemeId}`) })}
        </p>
      </>
    );
  },
};
