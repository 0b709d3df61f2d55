import { useFormatter, useTranslations } from "next-intl";
import type { TCraClock } from "@/lib/vulns/model";
import { CraFiledForm } from "./vuln-forms";

const SLUG = {
  EARLY_WARNING: "early-warning",
  NOTIFICATION: "notification",
  FINAL_REPORT: "final-report",
} as const;
/** A link's words stay on one line in a narrow column ("PDF（中文）"). */
const NOWRAP = { whiteSpace: "nowrap" } as const;

/** A severity in the reader's language ("critical", "严重"); an unknown value as it is. */
export function severityText(t: ReturnType<typeof useTranslations<"vulns">>, severity: string): string {
  return t.has(`severity.${severity}` as never) ? t(`severity.${severity}` as never) : severity.toLowerCase();
}

/** The "vulns.clocks" messages' translator, from useTranslations or getTranslations. */
export type TClocksT = ReturnType<typeof useTranslations<"vulns.clocks">>;
type TFormatter = ReturnType<typeof useFormatter>;

/** A clock's state in the reader's language: "due by 1 Dec 2026, 14:00 UTC" (times in UTC, lib/i18n/formats.ts). */
export function clockText(c: TCraClock, t: TClocksT, f: Pick<TFormatter, "dateTime">): string {
  const at = (d: Date) => t("at", { time: f.dateTime(d, "dayTime") });
  if (c.status === "filed") return t("filed", { at: at(c.filedAt!) });
  if (c.status === "waiting") return t("waiting");
  return t(c.status === "overdue" ? "overdue" : "due", { at: at(c.dueAt!) });
}

/** The Article 14 clocks of one vulnerability, with report drafts to download and "mark as filed". */
export function CraClocks({
  vulnerabilityId,
  clocks,
  canFile,
}: {
  vulnerabilityId: string;
  clocks: TCraClock[];
  canFile: boolean;
}) {
  const t = useTranslations("vulns.clocks");
  const f = useFormatter();
  if (clocks.length === 0) return null;
  return (
    <div style={{ overflowX: "auto" }}>
      <table className="small" aria-label={t("table")}>
        <thead>
          <tr>
            <th scope="col">{t("report")}</th>
            <th scope="col">{t("deadline")}</th>
            <th scope="col">{t("draft")}</th>
            {canFile ? <th scope="col">{t("filedCol")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {clocks.map((c) => (
            <tr key={c.stage} data-cra-stage={c.stage} data-status={c.status}>
              <td>
                {t.rich("stageLine", {
                  stage: t(`stage.${c.stage}`),
                  article: t(`article.${c.stage}`),
                  hint: (chunks) => <span className="hint">{chunks}</span>,
                })}
              </td>
              <td>
                <span
                  className={
                    c.status === "overdue"
                      ? "badge badge-bad"
                      : c.status === "filed"
                        ? "badge badge-ok"
                        : "badge"
                  }
                  style={{ whiteSpace: "normal" }}
                >
                  {clockText(c, t, f)}
                </span>
              </td>
              <td>
                {canFile ? (
                  <>
                    <a href={`/api/vulnerabilities/${vulnerabilityId}/cra/${SLUG[c.stage]}`} style={NOWRAP}>
                      {t("text")}
                    </a>{" "}
                    ·{" "}
                    <a
                      href={`/api/vulnerabilities/${vulnerabilityId}/cra/${SLUG[c.stage]}?format=json`}
                      style={NOWRAP}
                    >
                      {t("json")}
                    </a>{" "}
                    ·{" "}
                    <a
                      href={`/api/vulnerabilities/${vulnerabilityId}/cra/${SLUG[c.stage]}?format=pdf&lang=en`}
                      data-testid={`cra-pdf-en-${c.stage}`}
                      style={NOWRAP}
                    >
                      {t("pdf")}
                    </a>{" "}
                    <a
                      href={`/api/vulnerabilities/${vulnerabilityId}/cra/${SLUG[c.stage]}?format=pdf&lang=zh-CN`}
                      lang="zh-CN"
                      data-testid={`cra-pdf-zh-${c.stage}`}
                      style={NOWRAP}
                    >
                      {t("pdfZh")}
                    </a>
                  </>
                ) : (
                  t("manufacturers")
                )}
              </td>
              {canFile ? (
                <td>
                  {c.status === "filed" || c.status === "waiting" ? null : (
                    <CraFiledForm vulnerabilityId={vulnerabilityId} stage={c.stage} />
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
