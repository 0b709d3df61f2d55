import { publicT } from "@/lib/i18n/public-label";
import type { TPublicPage } from "../public-page-types";
import type { TPublicCraResult } from "./public";

const TONE: Record<TPublicCraResult["status"], string> = {
  not_conforming: "bad",
  gaps: "bad",
  incomplete: "info",
  notified_body_required: "warn",
  ready_notified_body: "warn",
  module_a: "ok",
  ready_module_a: "ok",
  not_in_scope: "none",
};

export const euCraPublicPage: TPublicPage = {
  Detail({ result, lang }) {
    const r = result as unknown as TPublicCraResult;
    if (r.scheme !== "EU_CRA") return null;
    const t = publicT(lang);
    return (
      <div className="pl-cra" data-testid="cra-card">
        {r.regime === "readiness" ? (
          <p className="pl-small">{t("cra.readinessNote", { asOf: r.asOf })}</p>
        ) : null}
        <p className={`pl-result pl-tone-${TONE[r.status]}`}>{t(`cra.status.${r.status}`)}</p>
        {r.inScope !== false && r.productClass ? (
          <p className="pl-small">
            {t("cra.classLabel")}
            {t("colon")}
            {t(`cra.class.${r.productClass}`)}
            {r.annexPoint ? ` (${r.annexPoint})` : ""}
          </p>
        ) : null}
        {r.inScope !== false && r.procedures.length > 0 ? (
          <p className="pl-small">
            {t("cra.routeLabel")}
            {t("colon")}
            {r.procedures.map((p) => t(`cra.procedure.${p === "B+C" ? "BC" : p}`)).join(t("listSeparator"))}
          </p>
        ) : null}
        {r.inScope !== false && r.reportingInForce ? <p className="pl-small">{t("cra.reporting")}</p> : null}
        {r.declaration ? (
          <p className="pl-small">
            <a href={r.declaration[lang]} download>
              {t("cra.declaration")}
            </a>
          </p>
        ) : null}
        <p className="pl-small">{t("cra.notice")}</p>
      </div>
    );
  },
};
