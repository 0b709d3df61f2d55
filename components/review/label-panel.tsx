import Link from "next/link";
import { isoDate } from "@/components/products/assessment-status";
import { RevokeForm } from "./revoke-form";
import styles from "./review.module.css";

type Props = {
  label: {
    id: string;
    publicCode: string;
    digest: string;
    issuedAt: Date;
    validUntil: Date;
    revokedAt: Date | null;
    revocationReason: string | null;
  };
};

/** The issued label: its public code and page, its status, and the revocation form while it is valid. */
export function LabelPanel({ label }: Props) {
  const revoked = label.revokedAt !== null;
  return (
    <section className={`card ${revoked ? "" : ""}`} aria-labelledby="label-title" data-testid="label-panel">
      <h2 id="label-title" style={{ marginTop: 0 }}>
        Label{" "}
        {revoked ? (
          <span className="badge badge-bad" data-testid="label-status">
            Revoked
          </span>
        ) : (
          <span className="badge badge-ok" data-testid="label-status">
            Issued
          </span>
        )}
      </h2>
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
        {revoked ? (
          <>
            <dt>Revoked</dt>
            <dd>
              {label.revokedAt ? isoDate(label.revokedAt) : ""}: {label.revocationReason}
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
