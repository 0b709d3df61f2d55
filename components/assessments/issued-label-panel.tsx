import { useTranslations } from "next-intl";
import type { TOwnLabel } from "@/lib/db/manufacturer-labels";
import type { TCoveredProduct } from "@/lib/products/label-coverage";
import { expiresWithin, labelState, LABEL_STATE_UI } from "@/lib/workflow/display-status";
import { isoDate, LabelStateBadge, labelStateText } from "@/components/products/assessment-status";
import { CoverageNotice } from "@/components/products/coverage-notice";
import { labelPaths } from "@/lib/labels/public-urls";
import { LabelDownloads } from "./label-downloads";
import styles from "./label-panel.module.css";
import { useSchemeName } from "@/lib/schemes/use-scheme-name";

type Props = {
  label: TOwnLabel;
  /** The product as it is now, to say when it no longer matches what the label covers. */
  product: TCoveredProduct & { id: string };
  headingLevel?: 2 | 3;
};

const sentence = (reason: string) => (/[.!?]$/.test(reason.trim()) ? reason.trim() : `${reason.trim()}.`);

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
  const t = useTranslations("assessments.issued");
  const ts = useTranslations("status");
  const scheme = useSchemeName();
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <section className="card stack" aria-labelledby={id} data-testid="issued-label" data-state={state.kind}>
      <div className={styles.header}>
        <H id={id}>
          {t("label")} <span className={styles.code}>{label.publicCode}</span>
        </H>
        <LabelStateBadge state={state} testId="issued-label-state" />
      </div>
      <div
        className={`alert ${ALERT[soon !== null ? "warn" : ui.tone]}`}
        role="status"
        data-testid="issued-label-sentence"
      >
        {state.kind === "integrity_failed" ? (
          <>{t.rich("integrity", { strong })}</>
        ) : state.kind === "revoked" ? (
          <>
            <strong>{t("revoked", { date: isoDate(state.on) })}</strong>{" "}
            {state.reason ? <>{t("reason", { reason: sentence(state.reason) })} </> : null}
            {t("revokedAdvice")}
          </>
        ) : state.kind === "suspended" ? (
          <>
            <strong>{t("suspended", { date: isoDate(state.on) })}</strong>{" "}
            {state.reason ? <>{t("reason", { reason: sentence(state.reason) })} </> : null}
            {t("suspendedAdvice")}
          </>
        ) : state.kind === "superseded" ? (
          <>
            <strong>
              {state.by
                ? t.rich("supersededBy", {
                    date: isoDate(state.on),
                    by: state.by,
                    link: (chunks) => <a href={labelPaths(state.by ?? "").page}>{chunks}</a>,
                  })
                : t("superseded", { date: isoDate(state.on) })}
            </strong>{" "}
            {t("supersededAdvice")}
          </>
        ) : state.kind === "expired" ? (
          <>{t.rich("expired", { date: isoDate(state.on), strong })}</>
        ) : soon !== null ? (
          <>
            <strong>{t("expiring", { sentence: labelStateText(ts, state), days: soon })}</strong>{" "}
            {t("expiringAdvice")}
          </>
        ) : (
          <>
            <strong>{t("validLine", { sentence: labelStateText(ts, state) })}</strong> {t("validAdvice")}
          </>
        )}
      </div>
      {/* Only a label that may still be shipped needs the warning; a revoked or expired one says more already. */}
      {state.kind === "valid" ? (
        <CoverageNotice product={product} covers={label.covers} publicCode={label.publicCode} />
      ) : null}
      <div className={styles.columns}>
        <dl className={`facts ${styles.facts}`}>
          <dt>{t("code")}</dt>
          <dd className={styles.code} data-testid="issued-label-code">
            {label.publicCode}
          </dd>
          <dt>{t("issuedAt")}</dt>
          <dd>{isoDate(label.issuedAt)}</dd>
          <dt>{t("validUntil")}</dt>
          <dd>{isoDate(label.validUntil)}</dd>
          {state.kind === "revoked" || state.kind === "suspended" || state.kind === "superseded" ? (
            <>
              <dt>{ts(`labelWord.${state.kind}`)}</dt>
              <dd>{isoDate(state.on)}</dd>
            </>
          ) : null}
          <dt>{t("schemes")}</dt>
          <dd>{label.schemes.map((s) => scheme(s)).join(", ")}</dd>
          {label.covers ? (
            <>
              <dt>{t("covers")}</dt>
              <dd data-testid="issued-label-covers">
                {label.covers.modelNumber
                  ? t("coversTextNumber", {
                      model: label.covers.modelName,
                      number: label.covers.modelNumber,
                      hardware: label.covers.hardwareVersion,
                      firmware: label.covers.firmwareVersion,
                    })
                  : t("coversText", {
                      model: label.covers.modelName,
                      hardware: label.covers.hardwareVersion,
                      firmware: label.covers.firmwareVersion,
                    })}
              </dd>
            </>
          ) : null}
          <dt>{t("digest")}</dt>
          <dd>
            <code className={styles.digest}>{label.digest}</code>
          </dd>
        </dl>
        <LabelDownloads
          code={label.publicCode}
          schemes={label.schemes}
          printable={state.kind === "valid"}
          reportServed={state.kind !== "integrity_failed"}
          notPrintableReason={state.kind === "valid" ? undefined : t(`notPrintable.${state.kind}`)}
        />
      </div>
    </section>
  );
}
