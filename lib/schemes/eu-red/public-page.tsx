import { publicT } from "@/lib/i18n/public-label";
import type { TPublicPage } from "../public-page-types";

const TONE_EU = {
  presumption: "ok",
  notified_body_required: "warn",
  no_presumption: "bad",
  incomplete: "info",
  not_required: "",
} as const;

export const euRedPublicPage: TPublicPage = {
  Detail({ result, lang }) {
    if (result.scheme !== "EU_RED") return null;
    const t = publicT(lang);
    return (
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
    );
  },
};
