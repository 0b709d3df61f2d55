import { getFormatter, getTranslations } from "next-intl/server";
import { IncidentFiledForm, RecordIncidentForm } from "@/components/vulns/incident-forms";
import type { TCraClock } from "@/lib/vulns/model";

const SLUG = {
  EARLY_WARNING: "early-warning",
  NOTIFICATION: "notification",
  FINAL_REPORT: "final-report",
} as const;

type TIncident = {
  id: string;
  title: string;
  description: string | null;
  awareAt: Date;
  suspectedMalicious: boolean | null;
  clocks: TCraClock[];
};

/** The version's severe incidents with their Article 14(4) clocks, report drafts and filing (docs/vulnerabilities.md). */
export async function IncidentsSection({
  productVersionId,
  incidents,
  canFile,
}: {
  productVersionId: string;
  incidents: TIncident[];
  canFile: boolean;
}) {
  const t = await getTranslations("incidents");
  const f = await getFormatter();
  const at = (d: Date) => `${f.dateTime(d, "dayTime")} UTC`;
  return (
    <section className="card stack" aria-labelledby="incidents-h" data-testid="incidents">
      <h2 id="incidents-h" style={{ margin: 0 }}>
        {t("title")}
      </h2>
      <p className="hint" style={{ margin: 0 }}>
        {t("intro")}
      </p>
      {incidents.length === 0 ? <p style={{ margin: 0 }}>{t("none")}</p> : null}
      {incidents.map((i) => (
        <article
          key={i.id}
          className="stack"
          data-testid="incident"
          style={{ borderTop: "1px solid var(--border, #ddd)", paddingTop: "0.75rem" }}
        >
          <h3 style={{ margin: 0 }}>{i.title}</h3>
          {i.description ? <p style={{ margin: 0 }}>{i.description}</p> : null}
          <p className="hint" style={{ margin: 0 }}>
            {t("aware", { at: at(i.awareAt) })}
            {i.suspectedMalicious ? ` · ${t("suspected")}` : ""}
          </p>
          <table className="small">
            <thead>
              <tr>
                <th scope="col">{t("stage")}</th>
                <th scope="col">{t("state")}</th>
                <th scope="col">{t("draft")}</th>
                {canFile ? <th scope="col">{t("file")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {i.clocks.map((c) => (
                <tr key={c.stage} data-incident-stage={c.stage} data-status={c.status}>
                  <td>{t(`stageName.${c.stage}`)}</td>
                  <td>
                    <span
                      className={
                        c.status === "overdue"
                          ? "badge badge-bad"
                          : c.status === "filed"
                            ? "badge badge-ok"
                            : "badge"
                      }
                    >
                      {c.status === "filed" && c.filedAt
                        ? t("status.filed", { at: at(c.filedAt) })
                        : c.dueAt
                          ? t(c.status === "overdue" ? "status.overdue" : "status.due", { at: at(c.dueAt) })
                          : t("status.waiting")}
                    </span>
                  </td>
                  <td>
                    {canFile ? (
                      <>
                        <a href={`/api/incidents/${i.id}/cra/${SLUG[c.stage]}?lang=en`}>{t("pdfEn")}</a>{" "}
                        <a href={`/api/incidents/${i.id}/cra/${SLUG[c.stage]}?lang=zh-CN`} lang="zh-CN">
                          {t("pdfZh")}
                        </a>
                      </>
                    ) : null}
                  </td>
                  {canFile ? (
                    <td>
                      {c.status === "filed" || c.status === "waiting" ? null : (
                        <IncidentFiledForm incidentId={i.id} stage={c.stage} />
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      ))}
      {canFile ? <RecordIncidentForm productVersionId={productVersionId} /> : null}
    </section>
  );
}
