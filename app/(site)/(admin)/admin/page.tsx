import { getFormatter, getTranslations } from "next-intl/server";
import { CreateLabForm } from "@/components/admin/create-lab-form";
import { CreateLabUserForm } from "@/components/admin/create-lab-user-form";
import { IntegrityStatus } from "@/components/admin/integrity-status";
import { LabAccreditationForm } from "@/components/admin/lab-accreditation-form";
import { requirePageUser } from "@/lib/auth/session";
import { ADMIN } from "@/lib/auth/roles";
import { listLabs, listOrganizations } from "@/lib/db/accounts";
import { listLabsWithReviewers } from "@/lib/db/admin";
import { prisma } from "@/lib/db/client";
import { getIntegrityStatus } from "@/lib/db/integrity-status";
import { endUserSessions, setReviewerDisabled } from "./reviewer-actions";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

/** The error codes of the reviewer actions this page words itself; any other gets the general message. */
const REVIEWER_ERRORS = ["NOT_FOUND", "FORBIDDEN"] as const;
const reviewerErrorKey = (code: string) =>
  (REVIEWER_ERRORS as readonly string[]).includes(code)
    ? (code as (typeof REVIEWER_ERRORS)[number])
    : "other";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePageUser(ADMIN, "/admin");
  const db = prisma();
  const { reviewerError, sessionsEnded } = await searchParams;
  const [orgs, labs, labsWithReviewers, integrity, t, format] = await Promise.all([
    listOrganizations(db),
    listLabs(db),
    listLabsWithReviewers(db),
    getIntegrityStatus(db),
    getTranslations("admin"),
    getFormatter(),
  ]);
  const page = (
    <div className="stack">
      <h1>{t("title")}</h1>
      <p className="muted" style={{ margin: 0 }}>
        {t("intro")}
      </p>
      <div className="grid">
        <section className="card" aria-labelledby="new-lab">
          <h2 id="new-lab">{t("newLab")}</h2>
          <CreateLabForm />
        </section>
        <section className="card" aria-labelledby="new-reviewer">
          <h2 id="new-reviewer">{t("newReviewer")}</h2>
          <CreateLabUserForm labs={labs} />
        </section>
      </div>
      <section aria-labelledby="reviewers">
        <h2 id="reviewers">{t("labs.heading")}</h2>
        {typeof reviewerError === "string" ? (
          <div className="alert alert-error" role="alert">
            {t(`labs.error.${reviewerErrorKey(reviewerError)}`)}
          </div>
        ) : null}
        {typeof sessionsEnded === "string" && /^\d{1,6}$/.test(sessionsEnded) ? (
          <div className="alert alert-ok" role="status">
            {sessionsEnded === "0"
              ? t("labs.noSessions")
              : t("labs.sessionsEnded", { n: Number(sessionsEnded) })}
          </div>
        ) : null}
        <div className="stack">
          {labsWithReviewers.map((lab) => (
            <div key={lab.id} className="card" data-lab={lab.name}>
              <h3 style={{ marginTop: 0 }}>
                {lab.name} <span className="muted small">{lab.country ?? ""}</span>
              </h3>
              <p className="small muted" style={{ marginTop: 0 }}>
                {t("labs.open", { n: lab._count.assessmentsAsLab })}
              </p>
              <LabAccreditationForm lab={lab} />
              {lab.memberships.length === 0 ? (
                <p className="small">{t("labs.noReviewers")}</p>
              ) : (
                <div className="table-wrap">
                  {lab.memberships.every((m) => m.user.disabledAt) ? (
                    <p className="small warn-text">{t("labs.allDisabled")}</p>
                  ) : null}
                  <table className="table">
                    <caption className="visually-hidden">{t("labs.caption", { lab: lab.name })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("labs.name")}</th>
                        <th scope="col">{t("labs.email")}</th>
                        <th scope="col">{t("labs.status")}</th>
                        <th scope="col">
                          <span className="visually-hidden">{t("labs.action")}</span>
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
                              <span className="badge badge-bad">{t("labs.disabled")}</span>
                            ) : (
                              <span className="badge badge-ok">{t("labs.active")}</span>
                            )}
                          </td>
                          <td>
                            <form action={setReviewerDisabled}>
                              <input type="hidden" name="userId" value={r.id} />
                              <input type="hidden" name="disabled" value={r.disabledAt ? "0" : "1"} />
                              <button
                                type="submit"
                                className={`btn small-btn ${r.disabledAt ? "btn-secondary" : "btn-danger"}`}
                                aria-label={t(r.disabledAt ? "labs.enableName" : "labs.disableName", {
                                  name: r.name,
                                })}
                              >
                                {r.disabledAt ? t("labs.enable") : t("labs.disable")}
                              </button>
                            </form>
                            <form action={endUserSessions}>
                              <input type="hidden" name="userId" value={r.id} />
                              <button
                                type="submit"
                                className="btn small-btn btn-secondary"
                                aria-label={t("labs.signOutName", { name: r.name })}
                              >
                                {t("labs.signOut")}
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
        <h2 id="integrity">{t("integrity.heading")}</h2>
        <IntegrityStatus status={integrity} />
      </section>
      <section aria-labelledby="orgs">
        <h2 id="orgs">{t("orgs.heading")}</h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t("orgs.name")}</th>
                <th scope="col">{t("orgs.kind")}</th>
                <th scope="col">{t("orgs.country")}</th>
                <th scope="col">{t("orgs.members")}</th>
                <th scope="col">{t("orgs.products")}</th>
                <th scope="col">{t("orgs.since")}</th>
              </tr>
            </thead>
            <tbody>
              {orgs.map((o) => (
                <tr key={o.id}>
                  <td>{o.name}</td>
                  <td>{t(`orgs.kinds.${o.kind}`)}</td>
                  <td>{o.country ?? t("orgs.none")}</td>
                  <td>{format.number(o._count.memberships, "integer")}</td>
                  <td>{format.number(o._count.products, "integer")}</td>
                  <td>
                    <time dateTime={o.createdAt.toISOString()}>{format.dateTime(o.createdAt, "day")}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
  return (
    <ClientMessages namespaces={["admin.accreditation", "admin.createLab", "admin.createReviewer"]}>
      {page}
    </ClientMessages>
  );
}
