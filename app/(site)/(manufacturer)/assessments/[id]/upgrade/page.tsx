import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UpgradeButton } from "@/components/assessments/upgrade-button";
import { planUpgradeFor, type TSchemeSummary } from "@/lib/assessments/upgrade";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { getAssessmentForOwner } from "@/lib/db/assessments";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { catalogText } from "@/lib/schemes/i18n";
import { EDITABLE } from "@/lib/workflow/transitions";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  const t = await getTranslations("versions.upgrade");
  return { title: t("metaTitle") };
}

type TUpgradeT = Awaited<ReturnType<typeof getTranslations<"versions.upgrade">>>;

function Summary({ s, t }: { s: TSchemeSummary; t: TUpgradeT }) {
  const word = (group: "eu" | "us", status: string) =>
    t.has(`${group}.${status}` as never) ? t(`${group}.${status}` as never) : status;
  return (
    <ul className="small" style={{ margin: 0 }}>
      {s.eu.map((a) => (
        <li key={a.article}>{t("euLine", { article: a.article, status: word("eu", a.status) })}</li>
      ))}
      <li>{t("usLine", { status: word("us", s.us) })}</li>
      <li>{t("cnLine", { stars: s.cn })}</li>
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
  const t = await getTranslations("versions.upgrade");
  const locale = await getLocale();
  // The catalogs' words in the reader's language: the new version's, and the old one's for what it had.
  const textTo = catalogText(plan?.to ?? a.catalogVersion, locale);
  const textFrom = catalogText(plan?.from ?? a.catalogVersion, locale);
  const questionGroups = plan
    ? ([
        ["added", plan.addedQuestions, textTo],
        ["removedQuestions", plan.removedQuestions, textFrom],
        ["reworded", plan.rewordedQuestions, textTo],
      ] as const)
    : [];
  const page = (
    <div className="stack">
      <div>
        <p className="small muted" style={{ margin: 0 }}>
          <Link href={`/assessments/${a.id}`}>{t("back", { product: a.product.modelName })}</Link>
        </p>
        <h1>{t("title")}</h1>
      </div>
      {!plan ? (
        <div className="alert alert-info" role="status">
          {editable ? t("newest", { version: a.catalogVersion }) : t("notEditable")}
        </div>
      ) : (
        <>
          <p>{t("intro", { from: plan.from, to: plan.to })}</p>
          <section className="card stack" aria-labelledby="changelog" data-testid="upgrade-changelogs">
            <h2 id="changelog">{t("changelogSince", { version: plan.from })}</h2>
            {plan.changelogs.map((c) => {
              const text = catalogText(c.version, locale);
              return (
                <div key={c.version} className="stack" style={{ gap: "0.25rem" }}>
                  <h3 style={{ margin: 0, fontSize: "1rem" }}>
                    {t("changelogVersion", { version: c.version, published: c.publishedOn })}
                  </h3>
                  <ul className="small" style={{ margin: 0 }}>
                    {c.lines.map((line, i) => (
                      <li key={line}>{text(`catalog.changelog.${i}`, line)}</li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
          <section className="card stack" aria-labelledby="results">
            <h2 id="results">{t("results")}</h2>
            <div className="row" style={{ alignItems: "flex-start", gap: "2rem" }}>
              <div>
                <h3>{t("now", { version: plan.from })}</h3>
                <Summary s={plan.before} t={t} />
              </div>
              <div>
                <h3>{t("after", { version: plan.to })}</h3>
                <Summary s={plan.after} t={t} />
              </div>
            </div>
            {plan.criteria.length > 0 ? (
              <table className="table small" data-testid="upgrade-criteria">
                <caption>{t("criteriaCaption", { n: plan.criteria.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("criterion")}</th>
                    <th scope="col">{t("colNow")}</th>
                    <th scope="col">{t("colAfter")}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.criteria.map((c) => (
                    <tr key={c.key}>
                      <td>
                        {c.key} · {(c.after ? textTo : textFrom)(`criterion.${c.key}.title`, c.title)}
                      </td>
                      <td>{c.before ? t(`verdict.${c.before}`) : t("new")}</td>
                      <td>{c.after ? t(`verdict.${c.after}`) : t("removed")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="small muted">{t("noCriteria")}</p>
            )}
          </section>
          <section className="card stack" aria-labelledby="questions">
            <h2 id="questions">{t("questions")}</h2>
            {questionGroups.map(([title, list, text]) =>
              list.length > 0 ? (
                <div key={title}>
                  <h3>{t(title)}</h3>
                  <ul className="small">
                    {list.map((q) => (
                      <li key={q.id}>
                        {t.rich("questionLine", {
                          label: text(`question.${q.id}.label`, q.label),
                          text:
                            q.after !== undefined
                              ? textTo(`question.${q.id}.prompt`, q.after)
                              : textFrom(`question.${q.id}.prompt`, q.before ?? ""),
                          b: (chunks) => <strong>{chunks}</strong>,
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null,
            )}
            {plan.droppedAnswers.length > 0 ? (
              <p className="small warn-text">
                {t("dropped", { n: plan.droppedAnswers.length, ids: plan.droppedAnswers.join(", ") })}
              </p>
            ) : null}
          </section>
          <UpgradeButton assessmentId={a.id} expectedVersion={a.version} toVersion={plan.to} />
        </>
      )}
    </div>
  );
  return <ClientMessages namespaces={["versions.upgrade"]}>{page}</ClientMessages>;
}
