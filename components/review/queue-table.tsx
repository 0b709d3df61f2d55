import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TQueueQuery } from "@/lib/review/schema";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { STATUS_TONE } from "@/lib/workflow/transitions";
import { queueHref } from "./queue-href";
import styles from "./review.module.css";
import { displayedRound } from "@/lib/review/round";
import { isSchemeId } from "@/lib/schemes/registry";
import { useSchemeName } from "@/lib/schemes/use-scheme-name";

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
  const t = useTranslations("review.queue");
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
          {current ? t(current === "ascending" ? "sortedAscending" : "sortedDescending") : ""}
          {t("sortBy", { column: label.toLowerCase() })}
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
  const t = useTranslations("review.queue");
  const status = useTranslations("review.status");
  const scheme = useSchemeName();
  const format = useFormatter();
  const col = { product: t("product"), manufacturer: t("manufacturer"), schemes: t("schemes") };
  const more = { submitted: t("submitted"), age: t("age"), status: t("status"), assignee: t("assignee") };
  return (
    <div className="table-wrap">
      <table className={`table ${styles.queue}`} data-testid="queue">
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <SortHeader q={q} label={col.product} sortKey="product" />
            <SortHeader q={q} label={col.manufacturer} sortKey="manufacturer" />
            <th scope="col">{col.schemes}</th>
            <SortHeader q={q} label={more.submitted} sortKey="submitted" />
            <th scope="col">{more.age}</th>
            <th scope="col">{more.status}</th>
            <th scope="col">{more.assignee}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const age = ageInDays(r.submittedAt, now);
            return (
              <tr key={r.id} data-assessment={r.id}>
                <td data-label={col.product}>
                  <Link href={`/review/${r.id}`}>{r.product.modelName}</Link>
                  <div className="muted small">
                    {t("firmware", { version: r.product.firmwareVersion })}
                    {displayedRound(r.status, r.round) > 1
                      ? t("round", { n: displayedRound(r.status, r.round) })
                      : ""}
                  </div>
                </td>
                <td data-label={col.manufacturer}>{r.owner.name}</td>
                <td data-label={col.schemes}>
                  {r.targetSchemes.map((s) => (isSchemeId(s) ? scheme(s) : s)).join(t("listSeparator"))}
                </td>
                <td data-label={more.submitted}>
                  {r.submittedAt ? format.dateTime(r.submittedAt, "day") : "—"}
                </td>
                <td data-label={more.age}>{age === null ? "—" : t("days", { n: age })}</td>
                <td data-label={more.status}>
                  <span className={`badge badge-${STATUS_TONE[r.status] || "info"}`} data-status={r.status}>
                    {status(r.status)}
                  </span>
                </td>
                <td data-label={more.assignee}>
                  {r.assignee ? (
                    r.assignee.id === meId ? (
                      t("you", { name: r.assignee.name })
                    ) : (
                      r.assignee.name
                    )
                  ) : (
                    <span className="muted">{t("unassigned")}</span>
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
  const t = useTranslations("review.queue");
  return (
    <nav aria-label={t("pages")} className={styles.pagination}>
      {prevCursor ? (
        <Link href={queueHref(q, { before: prevCursor })} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span aria-hidden="true" className="muted">
          {t("previous")}
        </span>
      )}
      <span aria-current="page">{totalCapped ? t("moreThan", { n: total }) : t("total", { n: total })}</span>
      {nextCursor ? (
        <Link href={queueHref(q, { after: nextCursor })} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span aria-hidden="true" className="muted">
          {t("next")}
        </span>
      )}
    </nav>
  );
}
