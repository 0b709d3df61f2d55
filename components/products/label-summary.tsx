import Link from "next/link";
import type { TOwnLabel } from "@/lib/db/manufacturer-labels";
import { labelPaths } from "@/lib/labels/public-urls";
import type { TCoveredProduct } from "@/lib/products/label-coverage";
import { labelState, labelStateSentence } from "@/lib/workflow/display-status";
import { LabelStateBadge } from "@/components/products/assessment-status";
import { CoverageNotice } from "@/components/products/coverage-notice";

type Props = {
  label: TOwnLabel;
  product: TCoveredProduct & { id: string };
  /** Names the product for screen readers: every summary has the same link texts. */
  describedBy?: string;
};

/** A product's latest label in a list (dashboard, products): code, state with its date, and where to get it. */
export function LabelSummary({ label, product, describedBy }: Props) {
  const state = labelState(label);
  return (
    <div className="stack" style={{ gap: "0.3rem" }} data-testid="label-summary" data-state={state.kind}>
      <div className="row" style={{ gap: "0.3rem 0.6rem" }}>
        <span className="small">
          Label <code style={{ fontWeight: 700 }}>{label.publicCode}</code>
        </span>
        <LabelStateBadge state={state} />
      </div>
      <span className="small muted">{labelStateSentence(state)}</span>
      <div className="row small" style={{ gap: "0.25rem 1rem" }}>
        <Link href={`/assessments/${label.assessmentId}#label`} aria-describedby={describedBy}>
          Label and downloads
        </Link>
        <a href={labelPaths(label.publicCode).page} aria-describedby={describedBy}>
          Public page
        </a>
      </div>
      <CoverageNotice product={product} covers={label.covers} publicCode={label.publicCode} compact />
    </div>
  );
}
