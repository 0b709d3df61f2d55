import type { TOwnLabel } from "@/lib/db/manufacturer-labels";
import type { TCoveredProduct } from "@/lib/products/label-coverage";
import {
  expiresWithin,
  labelState,
  labelStateSentence,
  LABEL_STATE_UI,
  type TLabelStateKind,
} from "@/lib/workflow/display-status";
import { isoDate, LabelStateBadge, SCHEME_LABEL } from "@/components/products/assessment-status";
import { CoverageNotice } from "@/components/products/coverage-notice";
import { labelPaths } from "@/lib/labels/public-urls";
import { LabelDownloads } from "./label-downloads";
import styles from "./label-panel.module.css";

type Props = {
  label: TOwnLabel;
  /** The product as it is now, to say when it no longer matches what the label covers. */
  product: TCoveredProduct & { id: string };
  headingLevel?: 2 | 3;
};

const sentence = (reason: string) => (/[.!?]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`);

/** Why a label that is not valid has no print files (its documents stay available). */
const NOT_PRINTABLE: Record<Exclude<TLabelStateKind, "valid">, string> = {
  expired:
    "No print files: an expired label must not be printed on new packaging. The documents stay available.",
  suspended:
    "No print files while the label is suspended: it must not be printed on new packaging. The documents stay available.",
  superseded:
    "No print files: a label replaced by a newer one must not be printed on new packaging. The documents stay available.",
  revoked:
    "No print files: a revoked label must not be printed on new packaging. The documents stay available.",
  integrity_failed:
    "No print files, no report: this label failed its integrity check, so nothing drawn from its data is served until the lab or the operator has looked into it.",
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
        {state.kind === "integrity_failed" ? (
          <>
            <strong>This label failed its integrity check.</strong> Its stored data no longer matches its
            signature or the public transparency log, so its public page says &quot;Integrity check
            failed&quot; instead of its state, and its report and artwork are not served. You cannot fix this
            yourself: contact the lab that issued it (or the Cyberlabel operator) and quote the label code.
          </>
        ) : state.kind === "revoked" ? (
          <>
            <strong>The lab revoked this label on {isoDate(state.on)}.</strong>{" "}
            {state.reason ? <>Reason: {sentence(state.reason)} </> : null}
            Stop using it: its public page and QR code now say it is revoked.
          </>
        ) : state.kind === "suspended" ? (
          <>
            <strong>The lab suspended this label on {isoDate(state.on)}.</strong>{" "}
            {state.reason ? <>Reason: {sentence(state.reason)} </> : null}
            Do not put it on new packaging until the lab reinstates it: its public page says it is suspended.
          </>
        ) : state.kind === "superseded" ? (
          <>
            <strong>
              This label was replaced on {isoDate(state.on)}
              {state.by ? (
                <>
                  {" "}
                  by label <a href={labelPaths(state.by).page}>{state.by}</a>
                </>
              ) : null}
              .
            </strong>{" "}
            Use the newer label on new packaging; this one&apos;s public page says it was superseded.
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
          {state.kind === "revoked" || state.kind === "suspended" || state.kind === "superseded" ? (
            <>
              <dt>{LABEL_STATE_UI[state.kind].word}</dt>
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
          reportServed={state.kind !== "integrity_failed"}
          notPrintableReason={state.kind === "valid" ? undefined : NOT_PRINTABLE[state.kind]}
        />
      </div>
    </section>
  );
}
