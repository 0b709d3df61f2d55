import Link from "next/link";
import { AssignmentControl } from "@/components/review/assignment-control";
import styles from "@/components/review/review.module.css";
import { AssessmentStatusBadge, isoDate } from "@/components/products/assessment-status";
import { requirePageUser } from "@/lib/auth/session";
import { ADMIN, REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { activeReviewersByLab, listAssignments } from "@/lib/db/review-assign";
import { ZAssignmentsQuery } from "@/lib/review/schema";
import { displayedRound } from "@/lib/review/round";

export const metadata = { title: "Assignments" };

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
  const { rows, total } = await listAssignments(db, user, { all });
  const reviewers = await activeReviewersByLab(
    db,
    rows.map((r) => r.labId),
  );
  return (
    <div className="stack">
      <div className="section-head">
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>Assignments</h1>
          <p className="muted" style={{ margin: 0 }}>
            {all
              ? "Every assessment a reviewer holds, in every lab."
              : admin
                ? "Assessments held by disabled reviewers, in every lab: nobody else can act on them until they are released or reassigned."
                : `Assessments of ${user.organizationName} held by disabled reviewers: release them to the queue or take them over.`}
          </p>
        </div>
        {admin ? (
          <Link
            href={all ? "/review/assignments" : "/review/assignments?show=all"}
            className="btn btn-secondary"
          >
            {all ? "Only disabled reviewers" : "Every assignment"}
          </Link>
        ) : (
          <Link href="/review" className="btn btn-secondary">
            Review queue
          </Link>
        )}
      </div>
      {rows.length === 0 ? (
        <div className="card" data-testid="assignments-empty">
          <p style={{ margin: 0 }}>Nothing to release or reassign.</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className={`table ${styles.queue}`} data-testid="assignments">
            <thead>
              <tr>
                <th scope="col">Product</th>
                {admin ? <th scope="col">Lab</th> : null}
                <th scope="col">Status</th>
                <th scope="col">Held by</th>
                <th scope="col">Release or reassign</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-assessment={r.id}>
                  <td data-label="Product">
                    <div>
                      {admin ? (
                        r.product.modelName
                      ) : (
                        <Link href={`/review/${r.id}`}>{r.product.modelName}</Link>
                      )}
                      <div className="small muted">
                        {r.owner.name} · round {displayedRound(r.status, r.round)}
                        {r.submittedAt ? ` · submitted ${isoDate(r.submittedAt)}` : ""}
                      </div>
                    </div>
                  </td>
                  {admin ? <td data-label="Lab">{r.lab.name}</td> : null}
                  <td data-label="Status">
                    <div>
                      <AssessmentStatusBadge status={r.status} />
                    </div>
                  </td>
                  <td data-label="Held by">
                    {r.assignee?.name}
                    {r.assignee?.disabledAt ? (
                      <>
                        {" "}
                        <span className="badge badge-bad">Disabled</span>
                      </>
                    ) : null}
                  </td>
                  <td data-label="Release or reassign">
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
      {total > rows.length ? (
        <p className="small muted">
          Showing the {rows.length} oldest of {total}. Release or reassign these to see the rest.
        </p>
      ) : null}
    </div>
  );
}
