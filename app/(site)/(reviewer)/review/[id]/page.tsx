import Link from "next/link";
import { ClaimButton } from "@/components/review/claim-button";
import { LabelPanel } from "@/components/review/label-panel";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { AssessmentStatusBadge, SCHEME_LABEL, isoDate } from "@/components/products/assessment-status";
import { requirePageUser } from "@/lib/auth/session";
import { REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { getLabelOfAssessment } from "@/lib/db/labels";
import { listDecisions } from "@/lib/db/review";
import { changedSinceChangesRequested } from "@/lib/db/review-decisions";
import { labAssessmentOr404 } from "./assessment-or-404";
import styles from "@/components/review/review.module.css";

export const metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(REVIEWER, `/review/${id}`);
  const db = prisma();
  const a = await labAssessmentOr404(db, user, id);
  const [decisions, changed, label] = await Promise.all([
    listDecisions(db, a.id),
    changedSinceChangesRequested(db, a.id),
    getLabelOfAssessment(db, a.id),
  ]);
  const mine = a.assigneeId === user.id;
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
            <span>Firmware {a.product.firmwareVersion}</span>
            <span>Round {a.round}</span>
            <span>{a.targetSchemes.map((s) => SCHEME_LABEL[s]).join(", ")}</span>
            {a.submittedAt ? <span>Submitted {isoDate(a.submittedAt)}</span> : null}
            <span data-testid="assignee">
              Assignee: {a.assignee ? (mine ? `${a.assignee.name} (you)` : a.assignee.name) : "nobody yet"}
            </span>
            <Link href={`/review/${a.id}/audit`}>Audit trail</Link>
          </div>
        </div>
        {claimable ? <ClaimButton assessmentId={a.id} resubmitted={mine} /> : null}
      </div>
      {changed.length && a.status !== "APPROVED" && a.status !== "REJECTED" ? (
        <div className="alert alert-warn" role="status" data-testid="changed-summary">
          Resubmitted after your request for changes: {changed.length} answer{changed.length === 1 ? "" : "s"}{" "}
          changed. The criteria reading them are marked “Changed since changes were requested”.
        </div>
      ) : null}
      {a.status === "SUBMITTED" && a.assignee && !mine ? (
        <div className="alert alert-info" role="status">
          {a.assignee.name} asked for these changes; the resubmission returns to them.
        </div>
      ) : null}
      {a.status === "IN_REVIEW" && !mine ? (
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
