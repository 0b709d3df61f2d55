import Link from "next/link";
import type { TQueueQuery } from "@/lib/review/schema";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { AssessmentStatusBadge, SCHEME_LABEL, isoDate } from "@/components/products/assessment-status";
import { queueHref } from "./queue-href";
import styles from "./review.module.css";
import { displayedRound } from "@/lib/review/round";
import { count, N } from "@/lib/i18n/plural";

export type TQueueRow = {
  id: string;
  status: AssessmentStatus;
  targetSchemes: string[];
  submittedAt: Date | null;
  round: number;
  product: { modelName: string; firmwareVersion: string };
  owner: { name: string };
  assignee: { id: string; name: string } | null;
};

const DAY_MS = 86_400_000;

export function ageInDays(submittedAt: Date | null, now: Date): number | null {
  return submittedAt ? Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / DAY_MS)) : null;
}

type SortKey = "product" | "manufacturer" | "submitted";

function SortHeader({ q, label, sortKey }: { q: TQueueQuery; label: string; sortKey: SortKey }) {
  const current =
    q.sort === sortKey
      ? "ascending"
      : sortKey === "submitted" && q.sort === "-submitted"
        ? "descending"
        : undefined;
  // Submitted date toggles between oldest and newest first; names sort A to Z.
  const next: TQueueQuery["sort"] =
    sortKey === "submitted" ? (q.sort === "submitted" ? "-submitted" : "submitted") : sortKey;
  return (
    <th scope="col" aria-sort={current ?? "none"}>
      <Link href={queueHref(q, { sort: next })} className={styles.sortLink}>
        {label}
        <span aria-hidden="true">
          {current === "ascending" ? " ▲" : current === "descending" ? " ▼" : ""}
        </span>
        <span className="visually-hidden">
          {current ? `, sorted ${current}` : ""}, sort by {label.toLowerCase()}
        </span>
      </Link>
    </th>
  );
}

export function QueueTable({
  rows,
  q,
  meId,
  now,
}: {
  rows: TQueueRow[];
  q: TQueueQuery;
  meId: string;
  now: Date;
}) {
  return (
    <div className="table-wrap">
      <table className={`table ${styles.queue}`} data-testid="queue">
        <caption className="visually-hidden">Assessments submitted to your lab</caption>
        <thead>
          <tr>
            <SortHeader q={q} label="Product" sortKey="product" />
            <SortHeader q={q} label="Manufacturer" sortKey="manufacturer" />
            <th scope="col">Schemes</th>
            <SortHeader q={q} label="Submitted" sortKey="submitted" />
            <th scope="col">Age</th>
            <th scope="col">Status</th>
            <th scope="col">Assignee</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const age = ageInDays(r.submittedAt, now);
            return (
              <tr key={r.id} data-assessment={r.id}>
                <td data-label="Product">
                  <Link href={`/review/${r.id}`}>{r.product.modelName}</Link>
                  <div className="muted small">
                    firmware {r.product.firmwareVersion}
                    {displayedRound(r.status, r.round) > 1
                      ? ` · round ${displayedRound(r.status, r.round)}`
                      : ""}
                  </div>
                </td>
                <td data-label="Manufacturer">{r.owner.name}</td>
                <td data-label="Schemes">
                  {r.targetSchemes.map((s) => SCHEME_LABEL[s as keyof typeof SCHEME_LABEL] ?? s).join(", ")}
                </td>
                <td data-label="Submitted">{r.submittedAt ? isoDate(r.submittedAt) : "—"}</td>
                <td data-label="Age">{age === null ? "—" : count(age, N.day)}</td>
                <td data-label="Status">
                  <AssessmentStatusBadge status={r.status} />
                </td>
                <td data-label="Assignee">
                  {r.assignee ? (
                    r.assignee.id === meId ? (
                      `${r.assignee.name} (you)`
                    ) : (
                      r.assignee.name
                    )
                  ) : (
                    <span className="muted">Unassigned</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function QueuePagination({
  q,
  total,
  totalCapped,
  nextCursor,
  prevCursor,
}: {
  q: TQueueQuery;
  total: number;
  totalCapped: boolean;
  nextCursor: string | null;
  prevCursor: string | null;
}) {
  return (
    <nav aria-label="Queue pages" className={styles.pagination}>
      {prevCursor ? (
        <Link href={queueHref(q, { before: prevCursor })} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" className="muted">
          ← Previous
        </span>
      )}
      <span aria-current="page">
        {totalCapped ? `More than ${total.toLocaleString("en")} assessments` : count(total, N.assessment)}
      </span>
      {nextCursor ? (
        <Link href={queueHref(q, { after: nextCursor })} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" className="muted">
          Next →
        </span>
      )}
    </nav>
  );
}
