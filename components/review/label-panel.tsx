import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { LabelStateBadge } from "@/components/products/assessment-status";
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
  const t = useTranslations("review.labelPanel");
  const format = useFormatter();
  const isoDate = (d: Date) => format.dateTime(d, "day");
  const publicPath = `/r/${label.publicCode}`;
  const state = labelState(label);
  // Even when the integrity check fails, a revocation on record is final: no second form.
  const revoked = label.events.some((e) => e.kind === "REVOKED");
  return (
    <section className="card" aria-labelledby="label-title" data-testid="label-panel" data-state={state.kind}>
      <h2 id="label-title" style={{ marginTop: 0 }}>
        {t("title")} <LabelStateBadge state={state} testId="label-status" />
      </h2>
      {state.kind === "integrity_failed" ? (
        <div className="alert alert-error" role="status">
          {t("integrityFailed")}
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t("code")}</dt>
        <dd className={styles.code} data-testid="label-code">
          {label.publicCode}
        </dd>
        <dt>{t("page")}</dt>
        <dd>
          <Link href={publicPath}>{publicPath}</Link>
        </dd>
        <dt>{t("issued")}</dt>
        <dd>{isoDate(label.issuedAt)}</dd>
        <dt>{t("validUntil")}</dt>
        <dd>{isoDate(label.validUntil)}</dd>
        <dt>{t("digest")}</dt>
        <dd>
          <code style={{ overflowWrap: "anywhere" }}>{label.digest}</code>
        </dd>
        {state.kind === "revoked" ? (
          <>
            <dt>{t("revoked")}</dt>
            <dd>
              {isoDate(state.on)}
              {state.reason ? t("reason", { reason: state.reason }) : ""}
            </dd>
          </>
        ) : state.kind === "suspended" ? (
          <>
            <dt>{t("suspended")}</dt>
            <dd>
              {isoDate(state.on)}
              {state.reason ? t("reason", { reason: state.reason }) : ""}
            </dd>
          </>
        ) : state.kind === "superseded" ? (
          <>
            <dt>{t("replaced")}</dt>
            <dd>
              {isoDate(state.on)}
              {state.by ? t("by", { code: state.by }) : ""}
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
