import Link from "next/link";
import { isoDate, LabelStateBadge } from "@/components/products/assessment-status";
import { labelState, type TLabelStateInput } from "@/lib/workflow/display-status";
import { RevokeForm } from "./revoke-form";
import styles from "./review.module.css";

type Props = {
  label: TLabelStateInput & {
    id: string;
    publicCode: string;
    digest: string;
    issuedAt: Date;
  };
};

/**
 * The issued label: its public code and page, its state (from its events, and the integrity check on serve), and
 * the revocation form until it is revoked (a superseded or expired label can still be revoked: the public must learn
 * that it was withdrawn).
 */
export function LabelPanel({ label }: Props) {
  const state = labelState(label);
  // Even when the integrity check fails, a revocation on record is final: no second form.
  const revoked = label.events.some((e) => e.kind === "REVOKED");
  return (
    <section className="card" aria-labelledby="label-title" data-testid="label-panel" data-state={state.kind}>
      <h2 id="label-title" style={{ marginTop: 0 }}>
        Label <LabelStateBadge state={state} testId="label-status" />
      </h2>
      {state.kind === "integrity_failed" ? (
        <div className="alert alert-error" role="status">
          This label&apos;s stored data no longer matches its signature or the public transparency log, so its
          public page says &quot;Integrity check failed&quot; and its report is not served. Tell the operator:
          the database was changed outside the application (see docs/label-integrity.md).
        </div>
      ) : null}
      <dl className="facts">
        <dt>Public code</dt>
        <dd className={styles.code} data-testid="label-code">
          {label.publicCode}
        </dd>
        <dt>Public page</dt>
        <dd>
          <Link href={`/r/${label.publicCode}`}>/r/{label.publicCode}</Link>
        </dd>
        <dt>Issued</dt>
        <dd>{isoDate(label.issuedAt)}</dd>
        <dt>Valid until</dt>
        <dd>{isoDate(label.validUntil)}</dd>
        <dt>Digest (SHA-256)</dt>
        <dd>
          <code style={{ overflowWrap: "anywhere" }}>{label.digest}</code>
        </dd>
        {state.kind === "revoked" ? (
          <>
            <dt>Revoked</dt>
            <dd>
              {isoDate(state.on)}
              {state.reason ? `: ${state.reason}` : ""}
            </dd>
          </>
        ) : state.kind === "suspended" ? (
          <>
            <dt>Suspended</dt>
            <dd>
              {isoDate(state.on)}
              {state.reason ? `: ${state.reason}` : ""}
            </dd>
          </>
        ) : state.kind === "superseded" ? (
          <>
            <dt>Replaced</dt>
            <dd>
              {isoDate(state.on)}
              {state.by ? ` by ${state.by}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      {revoked ? null : (
        <div style={{ marginTop: "1rem" }}>
          <RevokeForm labelId={label.id} code={label.publicCode} />
        </div>
      )}
    </section>
  );
}
