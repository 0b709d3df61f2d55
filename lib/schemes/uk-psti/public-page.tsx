import { publicT } from "@/lib/i18n/public-label";
import type { TPublicPage } from "../public-page-types";

const TONE = {
  compliant: "ok",
  not_compliant: "bad",
  incomplete: "info",
  excepted: "",
  out_of_scope: "",
} as const;
const STATE_TONE = { met: "ok", not_triggered: "ok", open: "info", not_met: "bad" } as const;

export const ukPstiPublicPage: TPublicPage = {
  Detail({ result, lang }) {
    if (result.scheme !== "UK_PSTI") return null;
    const t = publicT(lang);
    return (
      <>
        <p className={`pl-result pl-tone-${TONE[result.status] || "none"}`}>
          {t(`psti.status.${result.status}`)}
        </p>
        {result.requirements.length ? (
          <ul className="pl-reqs" data-testid="psti-requirements">
            {result.requirements.map((r) => (
              <li key={r.key}>
                <span className={`pl-tone-${STATE_TONE[r.state]}`}>{t(`psti.state.${r.state}`)}</span>
                {t("colon")}
                {t(`psti.requirement.${r.key}`)}
                {r.via.length ? (
                  <span className="pl-small">
                    {" "}
                    {t("psti.viaLine", {
                      routes: r.via.map((v) => t(`psti.via.${v}`)).join(t("listSeparator")),
                    })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {result.statement ? (
          <p className="pl-small" data-testid="psti-statement">
            <a href={result.statement.en} download>
              {t("psti.statement")}
            </a>
            {" · "}
            <a href={result.statement["zh-CN"]} download>
              {t("psti.statementZh")}
            </a>
          </p>
        ) : null}
        <p className="pl-small" data-testid="psti-notice">
          {t("psti.notice")}
        </p>
      </>
    );
  },
};
