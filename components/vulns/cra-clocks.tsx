import { CRA_STAGE_TEXT, type TCraClock } from "@/lib/vulns/model";
import { CraFiledForm } from "./vuln-forms";

const SLUG = {
  EARLY_WARNING: "early-warning",
  NOTIFICATION: "notification",
  FINAL_REPORT: "final-report",
} as const;
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function clockText(c: TCraClock): string {
  if (c.status === "filed") return `filed ${when(c.filedAt!)}`;
  if (c.status === "waiting") return "starts when a fix or mitigation is available (then 14 days)";
  return `${c.status === "overdue" ? "overdue since" : "due by"} ${when(c.dueAt!)}`;
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
  if (clocks.length === 0) return null;
  return (
    <table className="small" aria-label="CRA Article 14 reports">
      <thead>
        <tr>
          <th scope="col">Report (CRA Art. 14(2))</th>
          <th scope="col">Deadline</th>
          <th scope="col">Draft</th>
          {canFile ? <th scope="col">Filed</th> : null}
        </tr>
      </thead>
      <tbody>
        {clocks.map((c) => (
          <tr key={c.stage} data-cra-stage={c.stage} data-status={c.status}>
            <td>
              {CRA_STAGE_TEXT[c.stage].title}{" "}
              <span className="hint">({CRA_STAGE_TEXT[c.stage].article})</span>
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
              >
                {clockText(c)}
              </span>
            </td>
            <td>
              {canFile ? (
                <>
                  <a href={`/api/vulnerabilities/${vulnerabilityId}/cra/${SLUG[c.stage]}`}>text</a> ·{" "}
                  <a href={`/api/vulnerabilities/${vulnerabilityId}/cra/${SLUG[c.stage]}?format=json`}>
                    JSON
                  </a>{" "}
                  ·{" "}
                  <a
                    href={`/api/vulnerabilities/${vulnerabilityId}/cra/${SLUG[c.stage]}?format=pdf&lang=en`}
                    data-testid={`cra-pdf-en-${c.stage}`}
                  >
                    PDF
                  </a>{" "}
                  <a
                    href={`/api/vulnerabilities/${vulnerabilityId}/cra/${SLUG[c.stage]}?format=pdf&lang=zh-CN`}
                    lang="zh-CN"
                    data-testid={`cra-pdf-zh-${c.stage}`}
                  >
                    PDF（中文）
                  </a>
                </>
              ) : (
                "manufacturer's"
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
  );
}
