import Link from "next/link";
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { TVersionRow } from "@/lib/db/version-overview";
import { labelPaths } from "@/lib/labels/public-urls";
import { LabelStateBadge, labelStateText } from "@/components/products/assessment-status";

type Props = {
  versions: TVersionRow[];
  /** Names the product for screen readers (every row has the same link texts). */
  describedBy?: string;
  /** Show at most this many versions (the dashboard): the rest are on the product page. */
  limit?: number;
  /**
   * Slot for the per-version security column (open vulnerabilities, CRA Art. 14 report deadlines: issue 16 items
   * 4-5). When given, a "Security" column shows what it renders for each version.
   */
  security?: (v: TVersionRow) => ReactNode;
};

/** Versions of a product, newest first: which have a current label, which expire soon, which are being assessed. */
export function VersionsTable({ versions, describedBy, limit, security }: Props) {
  const t = useTranslations("versions.table");
  const ts = useTranslations("status");
  const f = useFormatter();
  const shown = limit ? versions.slice(0, limit) : versions;
  // In a dashboard card (limit) there is no room for the assessment column: the card links the assessment.
  const withAssessment = !limit;
  if (versions.length === 0) return <p className="muted small">{t("none")}</p>;
  return (
    <div className="table-wrap">
      <table className="table small" data-testid="versions-table">
        <thead>
          <tr>
            <th scope="col">{t("version")}</th>
            <th scope="col">{t("label")}</th>
            {withAssessment ? <th scope="col">{t("assessment")}</th> : null}
            {security ? <th scope="col">{t("security")}</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((v) => (
            <tr key={v.id} data-testid="version-row" data-firmware={v.firmwareVersion}>
              <td>
                <strong>{t("firmware", { version: v.firmwareVersion })}</strong>
                <br />
                <span className="muted">{t("hardware", { version: v.hardwareVersion })}</span>
                {v.current ? (
                  <>
                    {" "}
                    <span className="badge badge-info">{t("current")}</span>
                  </>
                ) : null}
              </td>
              <td>
                {v.label ? (
                  <span className="stack" style={{ gap: "0.15rem" }}>
                    <span>
                      <a href={labelPaths(v.label.publicCode).page} aria-describedby={describedBy}>
                        {v.label.publicCode}
                      </a>{" "}
                      <LabelStateBadge state={v.label.state} testId="version-label-state" />
                    </span>
                    <span className="muted">{labelStateText(ts, v.label.state)}</span>
                    {v.label.expiresInDays !== null ? (
                      <span className="warn-text" data-testid="expiring">
                        {t("expiresIn", { days: v.label.expiresInDays })}
                      </span>
                    ) : null}
                  </span>
                ) : (
                  <span className="muted">{t("noLabel")}</span>
                )}
              </td>
              {withAssessment ? (
                <td>
                  {v.open ? (
                    <Link href={`/assessments/${v.open.id}`} aria-describedby={describedBy}>
                      {ts.has(`assessment.${v.open.status}` as never)
                        ? ts(`assessment.${v.open.status}` as never)
                        : v.open.status}
                    </Link>
                  ) : (
                    <span className="muted">
                      {v.label ? t("issued", { date: f.dateTime(v.label.issuedAt, "day") }) : "—"}
                    </span>
                  )}
                </td>
              ) : null}
              {security ? <td>{security(v)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {limit && versions.length > limit ? (
        <p className="muted small" style={{ margin: "0.25rem 0 0" }}>
          {t("earlier", { n: versions.length - limit })}
        </p>
      ) : null}
    </div>
  );
}
