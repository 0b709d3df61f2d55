import Link from "next/link";
import { AssignmentControl } from "@/components/review/assignment-control";
import { ClaimButton } from "@/components/review/claim-button";
import { LabelPanel } from "@/components/review/label-panel";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { AssessmentStatusBadge, isoDate } from "@/components/products/assessment-status";
import { schemeName } from "@/lib/schemes/registry";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { getLabelOfAssessment } from "@/lib/db/labels";
import { withLabelIntegrity } from "@/lib/db/manufacturer-labels";
import { activeReviewersByLab, isUserDisabled } from "@/lib/db/review-assign";
import { changedSinceChangesRequested } from "@/lib/db/review-decisions";
import { listDecisions } from "@/lib/db/review-stale";
import { count, N, verb } from "@/lib/i18n/plural";
import { roundText } from "@/lib/review/round";
import { changesSincePreviousLabel } from "@/lib/db/reassess";
import { ChangesSinceLabel } from "@/components/versions/changes-since-label";
import { labAssessmentOr404 } from "./assessment-or-404";
import styles from "@/components/review/review.module.css";
import { AssessmentSecurityLink } from "@/components/vulns/security-links";

export const metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(REVIEWER, `/review/${id}`);
  const db = prisma();
  const a = await labAssessmentOr404(db, user, id);
  const [decisions, changedInRound, issued, assigneeDisabled, sinceLabel] = await Promise.all([
    listDecisions(db, a.id),
    changedSinceChangesRequested(db, a.id),
    getLabelOfAssessment(db, a.id),
    a.assigneeId ? isUserDisabled(db, a.assigneeId) : false,
    changesSincePreviousLabel(db, a.id),
  ]);
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
  const claimable = a.status === "SUBMITTED" && (a.assigneeId === null || mine);
  const canAct = a.status === "IN_REVIEW" && mine;
  return (
    <div className="stack">
      <div className={styles.header}>
        <div>
          <p className="small muted" style={{ margin: 0 }}>
            <Link href="/review">Review queue</Link> · {a.owner.name}
          </p>
          <h1 style={{ marginBottom: "0.25rem" }}>{a.product.modelName}</h1>
          <div className="row small">
            <span data-testid="review-status">
              <AssessmentStatusBadge status={a.status} />
            </span>
            <span data-testid="review-firmware">
              Firmware {a.covers.firmwareVersion} · hardware {a.covers.hardwareVersion}
            </span>
            {a.covers.models.length > 1 ? (
              <span>Models: {a.covers.models.map((m) => m.modelName).join(", ")}</span>
            ) : null}
            <span data-testid="review-round">{roundText(a.status, a.round)}</span>
            <span>{a.targetSchemes.map((s) => schemeName(s, "en")).join(", ")}</span>
            {a.submittedAt ? <span>Submitted {isoDate(a.submittedAt)}</span> : null}
            <span data-testid="assignee">
              Assignee:{" "}
              {a.assignee
                ? mine
                  ? `${a.assignee.name} (you)`
                  : `${a.assignee.name}${assigneeDisabled ? " (account disabled)" : ""}`
                : "nobody yet"}
            </span>
            <Link href={`/review/${a.id}/audit`}>Audit trail</Link>
            <AssessmentSecurityLink assessmentId={a.id} />
          </div>
        </div>
        {claimable ? <ClaimButton assessmentId={a.id} resubmitted={mine} /> : null}
      </div>
      {sinceLabel ? <ChangesSinceLabel diff={sinceLabel} firmwareVersion={a.covers.firmwareVersion} /> : null}
      {changedInRound.length && a.status !== "APPROVED" && a.status !== "REJECTED" ? (
        <div className="alert alert-warn" role="status" data-testid="changed-summary">
          Resubmitted after your request for changes: {count(changed.length, N.answer)} changed. The criteria
          reading {verb(changed.length, "it", "them")} are marked “Changed since changes were requested”
          (filter: “Changed since the last round”).
        </div>
      ) : null}
      {stuck && a.assignee ? (
        <section className="alert alert-warn stack" style={{ gap: "0.5rem" }} aria-label="Stuck assignment">
          <div>
            <strong>{a.assignee.name}&apos;s account is disabled.</strong> Release this assessment to the
            queue or reassign it to a reviewer of {a.lab.name}.
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
          {a.assignee.name} asked for these changes; the resubmission returns to them.
        </div>
      ) : null}
      {a.status === "IN_REVIEW" && !mine && !stuck ? (
        <div className="alert alert-info" role="status">
          {a.assignee?.name ?? "Another reviewer"} is reviewing this assessment. You can read it but not
          decide.
        </div>
      ) : null}
      {a.status === "CHANGES_REQUESTED" ? (
        <div className="alert alert-info" role="status">
          Waiting for the manufacturer to change the commented answers and resubmit.
        </div>
      ) : null}
      {a.status === "REJECTED" ? (
        <div className="alert alert-error" role="status">
          Rejected{a.decidedAt ? ` on ${isoDate(a.decidedAt)}` : ""}: {a.decisionReason}
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
    </div>
  );
}
