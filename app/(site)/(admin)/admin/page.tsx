import { CreateLabForm } from "@/components/admin/create-lab-form";
import { CreateLabUserForm } from "@/components/admin/create-lab-user-form";
import { IntegrityStatus } from "@/components/admin/integrity-status";
import { LabAccreditationForm } from "@/components/admin/lab-accreditation-form";
import { count, N } from "@/lib/i18n/plural";
import { requirePageUser } from "@/lib/auth/session";
import { ADMIN } from "@/lib/auth/roles";
import { listLabs, listOrganizations } from "@/lib/db/accounts";
import { listLabsWithReviewers } from "@/lib/db/admin";
import { prisma } from "@/lib/db/client";
import { getIntegrityStatus } from "@/lib/db/integrity-status";
import { endUserSessions, setReviewerDisabled } from "./reviewer-actions";

export const metadata = { title: "Administration" };

const KIND_LABEL = { MANUFACTURER: "Manufacturer", LAB: "Lab", OPERATOR: "Operator" } as const;

const REVIEWER_ERROR: Record<string, string> = {
  NOT_FOUND: "That account is not a lab reviewer.",
  FORBIDDEN: "Only administrators can change reviewer accounts.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageUser(ADMIN, "/admin");
  const db = prisma();
  const { reviewerError, sessionsEnded } = await searchParams;
  const [orgs, labs, labsWithReviewers, integrity] = await Promise.all([
    listOrganizations(db),
    listLabs(db),
    listLabsWithReviewers(db),
    getIntegrityStatus(db),
  ]);
  return (
    <div className="stack">
      <h1>Administration</h1>
      <p className="muted" style={{ margin: 0 }}>
        Administrators manage labs and reviewers. Approving assessments is for the lab&apos;s own reviewers
        only.
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="new-lab">
          <h2 id="new-lab">New lab</h2>
          <CreateLabForm />
        </section>
        <section className="card" aria-labelledby="new-reviewer">
          <h2 id="new-reviewer">New lab reviewer</h2>
          <CreateLabUserForm labs={labs} />
        </section>
      </div>
      <section aria-labelledby="reviewers">
        <h2 id="reviewers">Labs and their reviewers</h2>
        {typeof reviewerError === "string" ? (
          <div className="alert alert-error" role="alert">
            {REVIEWER_ERROR[reviewerError] ?? "The reviewer could not be changed. Try again."}
          </div>
        ) : null}
        {typeof sessionsEnded === "string" && /^\d{1,6}$/.test(sessionsEnded) ? (
          <div className="alert alert-ok" role="status">
            {sessionsEnded === "0"
              ? "That account had no open sessions."
              : `Ended ${sessionsEnded} open session${sessionsEnded === "1" ? "" : "s"}: that account is signed out everywhere.`}
          </div>
        ) : null}
        <div className="stack">
          {labsWithReviewers.map((lab) => (
            <div key={lab.id} className="card" data-lab={lab.name}>
              <h3 style={{ marginTop: 0 }}>
                {lab.name} <span className="muted small">{lab.country ?? ""}</span>
              </h3>
              <p className="small muted" style={{ marginTop: 0 }}>
                {count(lab._count.assessmentsAsLab, N.assessment)} waiting or in review
              </p>
              <LabAccreditationForm lab={lab} />
              {lab.memberships.length === 0 ? (
                <p className="small">
                  No reviewers yet: manufacturers cannot choose this lab until it has an active reviewer.
                </p>
              ) : (
                <div className="table-wrap">
                  {lab.memberships.every((m) => m.user.disabledAt) ? (
                    <p className="small warn-text">
                      Every reviewer of this lab is disabled: manufacturers cannot choose it until one is
                      enabled.
                    </p>
                  ) : null}
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">E-mail</th>
                        <th scope="col">Status</th>
                        <th scope="col">
                          <span className="visually-hidden">Action</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {lab.memberships.map(({ user: r }) => (
                        <tr key={r.id} data-reviewer={r.email}>
                          <td>{r.name}</td>
                          <td>{r.email}</td>
                          <td>
                            {r.disabledAt ? (
                              <span className="badge badge-bad">Disabled</span>
                            ) : (
                              <span className="badge badge-ok">Active</span>
                            )}
                          </td>
                          <td>
                            <form action={setReviewerDisabled}>
                              <input type="hidden" name="userId" value={r.id} />
                              <input type="hidden" name="disabled" value={r.disabledAt ? "0" : "1"} />
                              <button
                                type="submit"
                                className={`btn small-btn ${r.disabledAt ? "btn-secondary" : "btn-danger"}`}
                                aria-label={`${r.disabledAt ? "Enable" : "Disable"} ${r.name}`}
                              >
                                {r.disabledAt ? "Enable" : "Disable"}
                              </button>
                            </form>
                            <form action={endUserSessions}>
                              <input type="hidden" name="userId" value={r.id} />
                              <button
                                type="submit"
                                className="btn small-btn btn-secondary"
                                aria-label={`Sign ${r.name} out everywhere`}
                              >
                                Sign out everywhere
                              </button>
                            </form>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="integrity">
        <h2 id="integrity">Integrity</h2>
        <IntegrityStatus status={integrity} />
      </section>
      <section aria-labelledby="orgs">
        <h2 id="orgs">Organisations</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Country</th>
                <th scope="col">Members</th>
                <th scope="col">Products</th>
                <th scope="col">Since</th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{KIND_LABEL[o.kind]}</td>
                  <td>{o.country ?? "—"}</td>
                  <td>{o._count.memberships}</td>
                  <td>{o._count.products}</td>
                  <td>{o.createdAt.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
