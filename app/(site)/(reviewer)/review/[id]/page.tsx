import { Suspense } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AssignmentControl } from "@/components/review/assignment-control";
import { ClaimButton } from "@/components/review/claim-button";
import { LabelPanel } from "@/components/review/label-panel";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { AssessmentStatusBadge, isoDate } from "@/components/products/assessment-status";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { getLabelOfAssessment } from "@/lib/db/labels";
import { withLabelIntegrity } from "@/lib/db/manufacturer-labels";
import type { SessionUser } from "@/lib/db/accounts";
import type { TAssessmentView } from "@/lib/db/assessments";
import type { DbClient } from "@/lib/db/types";
import { activeReviewersByLab, isUserDisabled } from "@/lib/db/review-assign";
import { changedSinceChangesRequested } from "@/lib/db/review-decisions";
import { listDecisions } from "@/lib/db/review-stale";
import { displayedRound } from "@/lib/review/round";
import { schemeName } from "@/lib/schemes/registry";
import { changesSincePreviousLabel } from "@/lib/db/reassess";
import { ChangesSinceLabel } from "@/components/versions/changes-since-label";
import { labAssessmentOr404 } from "./assessment-or-404";
import styles from "@/components/review/review.module.css";
import { AssessmentSecurityLink } from "@/components/vulns/security-links";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("review.page"))("metaTitle") };
}

/** What the workspace loads besides the assessment: decisions, answers changed in the round, the label, changes. */
function loadReviewData(db: DbClient, assessmentId: string) {
  return Promise.all([
    listDecisions(db, assessmentId),
    changedSinceChangesRequested(db, assessmentId),
    getLabelOfAssessment(db, assessmentId),
    changesSincePreviousLabel(db, assessmentId),
  ]);
}

/**
 * The review page streams (issue 13): the header (product, status, round, assignee, claim) is sent as soon as the
 * assessment is loaded, the workspace below it (decisions, the label, every criterion, the result and the forms)
 * right after, in the same response. A missing or another lab's assessment is still a 404 before anything is
 * sent; the workspace's data is loaded while the header renders.
 */
export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(REVIEWER, `/review/${id}`);
  const db = prisma();
  const [t, locale, p] = await Promise.all([
    getTranslations("review"),
    getLocale(),
    getTranslations("review.page"),
  ]);
  const a = await labAssessmentOr404(db, user, id);
  const data = loadReviewData(db, a.id);
  // Awaited in the streamed part; a failure of the header must not leave its rejection unhandled meanwhile.
  data.catch(() => undefined);
  const assigneeDisabled = a.assigneeId ? await isUserDisabled(db, a.assigneeId) : false;
  const mine = a.assigneeId === user.id;
  const claimable = a.status === "SUBMITTED" && (a.assigneeId === null || mine);
  const round = displayedRound(a.status, a.round);
  const page = (
    <div className="stack">
      <div className={styles.header}>
        <div>
          <p className="small muted" style={{ margin: 0 }}>
            <Link href="/review">{p("queue")}</Link> · {a.owner.name}
          </p>
          <h1 style={{ marginBottom: "0.25rem" }}>{a.product.modelName}</h1>
          <div className="row small">
            <span data-testid="review-status">
              <AssessmentStatusBadge status={a.status} />
            </span>
            <span data-testid="review-firmware">
              {p("firmware", { firmware: a.covers.firmwareVersion, hardware: a.covers.hardwareVersion })}
            </span>
            {a.covers.models.length > 1 ? (
              <span>
                {p("models", {
                  models: a.covers.models.map((m) => m.modelName).join(t("queue.listSeparator")),
                })}
              </span>
            ) : null}
            <span data-testid="review-round">
              {a.status === "CHANGES_REQUESTED" ? p("roundWaiting", { n: round }) : p("round", { n: round })}
            </span>
            <span>{a.targetSchemes.map((s) => schemeName(s, locale)).join(t("queue.listSeparator"))}</span>
            {a.submittedAt ? <span>{p("submitted", { date: isoDate(a.submittedAt) })}</span> : null}
            <span data-testid="assignee">
              {p("assignee", {
                who: a.assignee
                  ? mine
                    ? p("assigneeYou", { name: a.assignee.name })
                    : assigneeDisabled
                      ? p("assigneeDisabled", { name: a.assignee.name })
                      : a.assignee.name
                  : p("nobody"),
              })}
            </span>
            <Link href={`/review/${a.id}/audit`}>{p("auditTrail")}</Link>
            <AssessmentSecurityLink productVersionId={a.productVersion?.id} sbom={a.covers.sbom} />
          </div>
        </div>
        {claimable ? <ClaimButton assessmentId={a.id} resubmitted={mine} /> : null}
      </div>
      <Suspense
        fallback={
          <p className="small muted" data-testid="review-loading">
            {p("loadingWorkspace")}
          </p>
        }
      >
        <ReviewBody a={a} user={user} data={data} assigneeDisabled={assigneeDisabled} />
      </Suspense>
    </div>
  );
  return (
    <ClientMessages namespaces={["review", "questionnaire.results", "schemeResults"]}>{page}</ClientMessages>
  );
}

/** Everything below the header: notices, the label, the changes since the earlier label and the workspace. */
async function ReviewBody({
  a,
  user,
  data,
  assigneeDisabled,
}: {
  a: TAssessmentView;
  user: SessionUser;
  data: ReturnType<typeof loadReviewData>;
  assigneeDisabled: boolean;
}) {
  const db = prisma();
  const [t, p] = await Promise.all([getTranslations("review"), getTranslations("review.page")]);
  const [decisions, changedInRound, issued, sinceLabel] = await data;
  // A re-assessment's changes since the earlier label are listed above the workspace (lib/versions/diff.ts); the
  // criteria they touch have stale carried decisions, so they are the open ones.
  const changed = changedInRound;
  // The label's state as its public page says it, integrity check on serve included.
  const label = issued ? ((await withLabelIntegrity(db, [issued])).get(issued.id) ?? null) : null;
  const mine = a.assigneeId === user.id;
  const open = a.status === "SUBMITTED" || a.status === "IN_REVIEW" || a.status === "CHANGES_REQUESTED";
  // A disabled reviewer's assessments would be stuck: any reviewer of the lab may release or reassign them.
  const stuck = open && a.assignee !== null && assigneeDisabled;
  const reviewers = stuck ? ((await activeReviewersByLab(db, [a.labId])).get(a.labId) ?? []) : [];
  const canAct = a.status === "IN_REVIEW" && mine;
  return (
    <>
      {sinceLabel ? <ChangesSinceLabel diff={sinceLabel} firmwareVersion={a.covers.firmwareVersion} /> : null}
      {changedInRound.length && a.status !== "APPROVED" && a.status !== "REJECTED" ? (
        <div className="alert alert-warn" role="status" data-testid="changed-summary">
          {p("changedSummary", {
            n: changed.length,
            badge: t("card.changedBadge"),
            filter: t("toolbar.shows.changed"),
          })}
        </div>
      ) : null}
      {stuck && a.assignee ? (
        <section className="alert alert-warn stack" style={{ gap: "0.5rem" }} aria-label={p("stuckLabel")}>
          <div>
            {p.rich("stuck", {
              name: a.assignee.name,
              lab: a.lab.name,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </div>
          <AssignmentControl
            assessmentId={a.id}
            version={a.version}
            subject={a.product.modelName}
            assignee={{ id: a.assignee.id, name: a.assignee.name, disabled: true }}
            reviewers={reviewers.map((r) => ({ ...r, me: r.id === user.id }))}
          />
        </section>
      ) : null}
      {a.status === "SUBMITTED" && a.assignee && !mine && !stuck ? (
        <div className="alert alert-info" role="status">
          {p("returnsTo", { name: a.assignee.name })}
        </div>
      ) : null}
      {a.status === "IN_REVIEW" && !mine && !stuck ? (
        <div className="alert alert-info" role="status">
          {a.assignee ? p("othersReview", { name: a.assignee.name }) : p("anotherReviews")}
        </div>
      ) : null}
      {a.status === "CHANGES_REQUESTED" ? (
        <div className="alert alert-info" role="status">
          {p("waiting")}
        </div>
      ) : null}
      {a.status === "REJECTED" ? (
        <div className="alert alert-error" role="status">
          {a.decidedAt
            ? p("rejectedOn", { date: isoDate(a.decidedAt), reason: a.decisionReason ?? "" })
            : p("rejected", { reason: a.decisionReason ?? "" })}
        </div>
      ) : null}
      {label ? <LabelPanel label={label} /> : null}
      <ReviewWorkspace
        assessmentId={a.id}
        catalogVersion={a.catalogVersion}
        version={a.version}
        round={a.round}
        me={user.name}
        subject={a.product.modelName}
        canAct={canAct}
        targetSchemes={a.targetSchemes}
        answers={a.answers}
        evidence={a.evidence.map((e) => ({
          id: e.id,
          fileName: e.fileName,
          size: e.size,
          questionIds: e.questionIds,
        }))}
        decisions={decisions.map((d) => ({
          criterionKey: d.criterionKey,
          decision: d.decision,
          overrideVerdict: d.overrideVerdict,
          comment: d.comment,
          reviewer: d.reviewer.name,
          round: d.round,
          stale: d.stale,
        }))}
        comments={a.comments.map((c) => ({
          id: c.id,
          questionId: c.questionId,
          body: c.body,
          round: c.round,
          author: c.author.name,
        }))}
        changed={changed}
      />
    </>
  );
}
