import Link from "next/link";
import { notFound } from "next/navigation";
import { UpgradeButton } from "@/components/assessments/upgrade-button";
import { planUpgradeFor, type TSchemeSummary } from "@/lib/assessments/upgrade";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { getAssessmentForOwner } from "@/lib/db/assessments";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { EDITABLE } from "@/lib/workflow/transitions";

export const metadata = { title: "Upgrade the criteria catalog" };

const EU_STATUS: Record<string, string> = {
  not_required: "Not required",
  incomplete: "Incomplete",
  no_presumption: "No presumption of conformity",
  notified_body_required: "Notified body required",
  presumption: "Presumption (Module A)",
};
const US_STATUS: Record<string, string> = {
  out_of_scope: "Out of scope",
  incomplete: "Incomplete",
  not_eligible: "Not eligible",
  eligible: "Eligible",
};
const VERDICT: Record<string, string> = {
  PASS: "Pass",
  FAIL: "Fail",
  NOT_APPLICABLE: "Not applicable",
  UNANSWERED: "Unanswered",
};

function Summary({ s }: { s: TSchemeSummary }) {
  return (
    <ul className="small" style={{ margin: 0 }}>
      {s.eu.map((a) => (
        <li key={a.article}>
          EU 3(3)({a.article}): {EU_STATUS[a.status] ?? a.status}
        </li>
      ))}
      <li>US Cyber Trust Mark: {US_STATUS[s.us] ?? s.us}</li>
      <li>China label: {s.cn} star(s)</li>
    </ul>
  );
}

export default async function UpgradeCatalogPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/assessments/${id}/upgrade`);
  const db = prisma();
  // Ownership first: another organisation's assessment is a 404.
  const a = await getAssessmentForOwner(db, user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const editable = EDITABLE.includes(a.status);
  const plan = editable ? planUpgradeFor(a.catalogVersion, a.answers, a.targetSchemes) : null;
  return (
    <div className="stack">
      <div>
        <p className="small muted" style={{ margin: 0 }}>
          <Link href={`/assessments/${a.id}`}>Back to the self-assessment of {a.product.modelName}</Link>
        </p>
        <h1>Upgrade the criteria catalog</h1>
      </div>
      {!plan ? (
        <div className="alert alert-info" role="status">
          {editable
            ? `This assessment is on the newest catalog (${a.catalogVersion}).`
            : "Only a draft (or one the lab sent back for changes) can move to a newer catalog. Issued labels keep their catalog version."}
        </div>
      ) : (
        <>
          <p>
            Move this draft from catalog {plan.from} to {plan.to}. Answers carry over by question; results are
            recalculated with the new rules. This cannot be undone.
          </p>
          <section className="card stack" aria-labelledby="changelog" data-testid="upgrade-changelogs">
            <h2 id="changelog">What changed since {plan.from}</h2>
            {plan.changelogs.map((c) => (
              <div key={c.version} className="stack" style={{ gap: "0.25rem" }}>
                <h3 style={{ margin: 0, fontSize: "1rem" }}>
                  Version {c.version} (published {c.publishedOn})
                </h3>
                <ul className="small" style={{ margin: 0 }}>
                  {c.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          <section className="card stack" aria-labelledby="results">
            <h2 id="results">Results before and after</h2>
            <div className="row" style={{ alignItems: "flex-start", gap: "2rem" }}>
              <div>
                <h3>Now ({plan.from})</h3>
                <Summary s={plan.before} />
              </div>
              <div>
                <h3>After the upgrade ({plan.to})</h3>
                <Summary s={plan.after} />
              </div>
            </div>
            {plan.criteria.length > 0 ? (
              <table className="table small" data-testid="upgrade-criteria">
                <caption>Criteria whose result changes ({plan.criteria.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">Criterion</th>
                    <th scope="col">Now</th>
                    <th scope="col">After</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.criteria.map((c) => (
                    <tr key={c.key}>
                      <td>
                        {c.key} · {c.title}
                      </td>
                      <td>{c.before ? VERDICT[c.before] : "New"}</td>
                      <td>{c.after ? VERDICT[c.after] : "Removed"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="small muted">No criterion changes its result.</p>
            )}
          </section>
          <section className="card stack" aria-labelledby="questions">
            <h2 id="questions">Questions</h2>
            {[
              ["New questions", plan.addedQuestions],
              ["Removed questions", plan.removedQuestions],
              ["Re-worded questions (answers kept: please re-read them)", plan.rewordedQuestions],
            ].map(([title, list]) =>
              (list as typeof plan.addedQuestions).length > 0 ? (
                <div key={title as string}>
                  <h3>{title as string}</h3>
                  <ul className="small">
                    {(list as typeof plan.addedQuestions).map((q) => (
                      <li key={q.id}>
                        <strong>{q.label}</strong>: {q.after ?? q.before}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
            {plan.droppedAnswers.length > 0 ? (
              <p className="small warn-text">
                {plan.droppedAnswers.length} answer(s) cannot be carried over and will be removed:{" "}
                {plan.droppedAnswers.join(", ")}.
              </p>
            ) : null}
          </section>
          <UpgradeButton assessmentId={a.id} expectedVersion={a.version} toVersion={plan.to} />
        </>
      )}
    </div>
  );
}
