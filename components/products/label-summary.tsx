import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TOwnLabel } from "@/lib/db/manufacturer-labels";
import { labelPaths } from "@/lib/labels/public-urls";
import type { TCoveredProduct } from "@/lib/products/label-coverage";
import { expiresWithin, labelState } from "@/lib/workflow/display-status";
import { LabelStateBadge, labelStateText } from "@/components/products/assessment-status";
import { CoverageNotice } from "@/components/products/coverage-notice";
import styles from "./label-summary.module.css";

type Props = {
  label: TOwnLabel;
  product: TCoveredProduct & { id: string };
  /** Names the product for screen readers: every summary has the same link texts. */
  describedBy?: string;
};

/** A product's latest label in a list (dashboard, products): code, state with its date, and where to get it. */
export function LabelSummary({ label, product, describedBy }: Props) {
  const state = labelState(label);
  const soon = expiresWithin(state);
  const t = useTranslations("products.labelSummary");
  const ts = useTranslations("status");
  return (
    <div
      className={`${styles.box} ${styles[state.kind]}`}
      data-testid="label-summary"
      data-state={state.kind}
    >
      <div className={styles.head}>
        <span className="small">
          {t("label")}{" "}
          <span className={styles.code} data-testid="label-code">
            {label.publicCode}
          </span>
        </span>
        <LabelStateBadge state={state} />
      </div>
      <span className={styles.sentence}>
        {labelStateText(ts, state)}
        {soon !== null ? (
          <span className={styles.soon}>
            {" · "}
            {ts("expiresIn", { days: soon })}
          </span>
        ) : null}
      </span>
      <div className={styles.links}>
        <Link href={`/assessments/${label.assessmentId}#label`} aria-describedby={describedBy}>
          {t("downloads")}
        </Link>
        <a href={labelPaths(label.publicCode).page} aria-describedby={describedBy}>
          {t("publicPage")}
        </a>
      </div>
      {state.kind === "valid" ? (
        <CoverageNotice product={product} covers={label.covers} publicCode={label.publicCode} compact />
      ) : null}
    </div>
  );
}
