import type { TOwnLabel } from "@/lib/db/manufacturer-labels";
import type { TCoveredProduct } from "@/lib/products/label-coverage";
import { expiresWithin, labelState, labelStateSentence, LABEL_STATE_UI } from "@/lib/workflow/display-status";
import { isoDate, LabelStateBadge, SCHEME_LABEL } from "@/components/products/assessment-status";
import { CoverageNotice } from "@/components/products/coverage-notice";
import { LabelDownloads } from "./label-downloads";
import styles from "./label-panel.module.css";

type Props = {
  label: TOwnLabel;
  /** The product as it is now, to say when it no longer matches what the label covers. */
  product: TCoveredProduct & { id: string };
  headingLevel?: 2 | 3;
};

const ALERT = {
  ok: "alert-ok",
  warn: "alert-warn",
  bad: "alert-error",
  info: "alert-info",
  "": "alert-info",
};

/** The label an approved assessment issued, as its manufacturer sees it: state, dates, coverage and downloads. */
export function IssuedLabelPanel({ label, product, headingLevel = 2 }: Props) {
  const state = labelState(label);
  const ui = LABEL_STATE_UI[state.kind];
  const soon = expiresWithin(state);
  const H = headingLevel === 2 ? "h2" : "h3";
  const id = `label-${label.id}`;
  return (
    <section className="card stack" aria-labelledby={id} data-testid="issued-label" data-state={state.kind}>
      <div className={styles.header}>
        <H id={id}>
          Label <span className={styles.code}>{label.publicCode}</span>
        </H>
        <LabelStateBadge state={state} testId="issued-label-state" />
      </div>
      <div
        className={`alert ${ALERT[soon !== null ? "warn" : ui.tone]}`}
        role="status"
        data-testid="issued-label-sentence"
      >
        {state.kind === "revoked" ? (
          <>
            <strong>The lab revoked this label on {isoDate(state.on)}.</strong>{" "}
            {state.reason ? (
              <>
                Reason:{" "}
                {/[.!?]$/.test(state.reason.trim()) ? state.reason.trim() : `${state.reason.trim()}.`}{" "}
              </>
            ) : null}
            Stop using it: its public page and QR code now say it is revoked.
          </>
        ) : state.kind === "expired" ? (
          <>
            <strong>This label expired on {isoDate(state.on)}.</strong> Its public page says so; start a new
            assessment to label the product again.
          </>
        ) : soon !== null ? (
          <>
            <strong>
              {labelStateSentence(state)}: it expires in {soon} day{soon === 1 ? "" : "s"}.
            </strong>{" "}
            Start a new assessment now to have a valid label when this one ends.
          </>
        ) : (
          <>
            <strong>{labelStateSentence(state)}.</strong> Print the artwork or the QR code on the packaging:
            it opens the public page, which always shows the label&apos;s current state.
          </>
        )}
      </div>
      {/* Only a label that may still be shipped needs the warning; a revoked or expired one says more already. */}
      {state.kind === "valid" ? (
        <CoverageNotice product={product} covers={label.covers} publicCode={label.publicCode} />
      ) : null}
      <div className={styles.columns}>
        <dl className={`facts ${styles.facts}`}>
          <dt>Label code</dt>
          <dd className={styles.code} data-testid="issued-label-code">
            {label.publicCode}
          </dd>
          <dt>Issued</dt>
          <dd>{isoDate(label.issuedAt)}</dd>
          <dt>Valid until</dt>
          <dd>{isoDate(label.validUntil)}</dd>
          {state.kind === "revoked" ? (
            <>
              <dt>Revoked</dt>
              <dd>{isoDate(state.on)}</dd>
            </>
          ) : null}
          <dt>Schemes</dt>
          <dd>{label.schemes.map((s) => SCHEME_LABEL[s]).join(", ")}</dd>
          {label.covers ? (
            <>
              <dt>Covers</dt>
              <dd data-testid="issued-label-covers">
                {label.covers.modelName}
                {label.covers.modelNumber ? ` (${label.covers.modelNumber})` : ""}, hardware{" "}
                {label.covers.hardwareVersion}, firmware {label.covers.firmwareVersion}
              </dd>
            </>
          ) : null}
          <dt>Digest (SHA-256)</dt>
          <dd>
            <code className={styles.digest}>{label.digest}</code>
          </dd>
        </dl>
        <LabelDownloads
          code={label.publicCode}
          schemes={label.schemes}
          printable={state.kind === "valid"}
          notPrintableReason={`No print files: a${state.kind === "expired" ? "n expired" : " revoked"} label must not be printed on new packaging. The documents stay available.`}
        />
      </div>
    </section>
  );
}
