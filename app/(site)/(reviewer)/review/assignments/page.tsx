import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { AssignmentControl } from "@/components/review/assignment-control";
import styles from "@/components/review/review.module.css";
import { AssessmentStatusBadge } from "@/components/products/assessment-status";
import { requirePageUser } from "@/lib/auth/session";
import { ADMIN, REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { activeReviewersByLab, listAssignments } from "@/lib/db/review-assign";
import { ZAssignmentsQuery } from "@/lib/review/schema";
import { displayedRound } from "@/lib/review/round";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("reviewQueue.assignments"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Assessments held by a reviewer: administrators see every lab's (by default only those held by disabled
 * reviewers, which nobody else could move), reviewers their own lab's stuck ones. Each can be released to the
 * queue or reassigned to an active reviewer of its lab.
 */
export default async function AssignmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser([...REVIEWER, ...ADMIN], "/review/assignments");
  const raw = await searchParams;
  const q = ZAssignmentsQuery.parse({ show: Array.isArray(raw.show) ? raw.show[0] : raw.show });
  const admin = user.role === "ADMIN";
  const all = admin && q.show === "all";
  const db = prisma();
  const [{ rows, total }, t, format] = await Promise.all([
    listAssignments(db, user, { all }),
    getTranslations("reviewQueue.assignments"),
    getFormatter(),
  ]);
  const reviewers = await activeReviewersByLab(
    db,
    rows.map((r) => r.labId),
  );
  const page = (
    <div className="stack">
      <div className="section-head">
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>{t("title")}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {all ? t("introAll") : admin ? t("introAdmin") : t("introLab", { lab: user.organizationName })}
          </p>
        </div>
        {admin ? (
          <Link
            href={all ? "/review/assignments" : "/review/assignments?show=all"}
            className="btn btn-secondary"
          >
            {all ? t("onlyDisabled") : t("every")}
          </Link>
        ) : (
          <Link href="/review" className="btn btn-secondary">
            {t("queue")}
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <div className="card" data-testid="assignments-empty">
          <p style={{ margin: 0 }}>{t("empty")}</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className={`table ${styles.queue}`} data-testid="assignments">
            <thead>
              <tr>
                <th scope="col">{t("product")}</th>
                {admin ? <th scope="col">{t("lab")}</th> : null}
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("heldBy")}</th>
                <th scope="col">{t("control")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-assessment={r.id}>
                  <td data-label={t("product")}>
                    <div>
                      {admin ? (
                        r.product.modelName
                      ) : (
                        <Link href={`/review/${r.id}`}>{r.product.modelName}</Link>
                      )}
                      <div className="small muted">
                        {t("round", { owner: r.owner.name, n: displayedRound(r.status, r.round) })}
                        {r.submittedAt
                          ? t("submitted", { date: format.dateTime(r.submittedAt, "day") })
                          : null}
                      </div>
                    </div>
                  </td>
                  {admin ? <td data-label={t("lab")}>{r.lab.name}</td> : null}
                  <td data-label={t("status")}>
                    <div>
                      <AssessmentStatusBadge status={r.status} />
                    </div>
                  </td>
                  <td data-label={t("heldBy")}>
                    {r.assignee?.name}
                    {r.assignee?.disabledAt ? (
                      <>
                        {" "}
                        <span className="badge badge-bad">{t("disabled")}</span>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t("control")}>
                    {r.assignee ? (
                      <AssignmentControl
                        assessmentId={r.id}
                        version={r.version}
                        subject={r.product.modelName}
                        assignee={{
                          id: r.assignee.id,
                          name: r.assignee.name,
                          disabled: r.assignee.disabledAt !== null,
                        }}
                        reviewers={(reviewers.get(r.labId) ?? []).map((x) => ({
                          ...x,
                          me: x.id === user.id,
                        }))}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > rows.length ? <p className="small muted">{t("more", { shown: rows.length, total })}</p> : null}
    </div>
  );
  return <ClientMessages namespaces={["review.assignment", "review.actionError"]}>{page}</ClientMessages>;
}
