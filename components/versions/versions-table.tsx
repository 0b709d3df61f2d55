import Link from "next/link";
import type { ReactNode } from "react";
import type { TVersionRow } from "@/lib/db/version-overview";
import { labelPaths } from "@/lib/labels/public-urls";
import { labelStateSentence } from "@/lib/workflow/display-status";
import { STATUS_LABEL } from "@/lib/workflow/transitions";
import { LabelStateBadge, isoDate } from "@/components/products/assessment-status";

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
  const shown = limit ? versions.slice(0, limit) : versions;
  // In a dashboard card (limit) there is no room for the assessment column: the card links the assessment.
  const withAssessment = !limit;
  if (versions.length === 0) return <p className="muted small">No versions yet.</p>;
  return (
    <div className="table-wrap">
      <table className="table small" data-testid="versions-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Label</th>
            {withAssessment ? <th scope="col">Assessment</th> : null}
            {security ? <th scope="col">Security</th> : null}
          </tr>
        </thead>
        <tbody>
          {shown.map((v) => (
            <tr key={v.id} data-testid="version-row" data-firmware={v.firmwareVersion}>
              <td>
                <strong>firmware {v.firmwareVersion}</strong>
                <br />
                <span className="muted">hardware {v.hardwareVersion}</span>
                {v.current ? (
                  <>
                    {" "}
                    <span className="badge badge-info">current</span>
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
                    <span className="muted">{labelStateSentence(v.label.state)}</span>
                    {v.label.expiresInDays !== null ? (
                      <span className="warn-text" data-testid="expiring">
                        Expires in {v.label.expiresInDays} {v.label.expiresInDays === 1 ? "day" : "days"}
                      </span>
                    ) : null}
                  </span>
                ) : (
                  <span className="muted">No label</span>
                )}
              </td>
              {withAssessment ? (
                <td>
                  {v.open ? (
                    <Link href={`/assessments/${v.open.id}`} aria-describedby={describedBy}>
                      {STATUS_LABEL[v.open.status as keyof typeof STATUS_LABEL] ?? v.open.status}
                    </Link>
                  ) : (
                    <span className="muted">{v.label ? `issued ${isoDate(v.label.issuedAt)}` : "—"}</span>
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
          and {versions.length - limit} earlier {versions.length - limit === 1 ? "version" : "versions"}
        </p>
      ) : null}
    </div>
  );
}
