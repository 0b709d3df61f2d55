import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import type { TSchemeId } from "@/lib/schemes";
import { AssessmentResults } from "@/components/products/assessment-results";
import { AssessmentStatusBadge, categoryText, isoDate } from "@/components/products/assessment-status";
import { computeResults } from "@/components/products/results";
import { LabelSummary } from "@/components/products/label-summary";
import type { TOwnLabel } from "@/lib/db/manufacturer-labels";
import type { TLabelStateInput } from "@/lib/workflow/display-status";
import type { TVersionRow } from "@/lib/db/version-overview";
import { VersionsTable } from "@/components/versions/versions-table";

export type DashboardProduct = {
  id: string;
  modelName: string;
  category: string;
  modelNumber: string | null;
  hardwareVersion: string;
  firmwareVersion: string;
  assessments: {
    id: string;
    status: AssessmentStatus;
    targetSchemes: TSchemeId[];
    catalogVersion: string;
    updatedAt: Date;
    answers: { questionId: string; value: unknown }[];
    label: TLabelStateInput | null;
  }[];
};

/**
 * One product on the dashboard: its label (the latest one issued, whatever its state), its latest assessment's
 * status and results, or a way to start one.
 */
export function DashboardProductCard({
  product,
  label,
  versions = [],
}: {
  product: DashboardProduct;
  label?: TOwnLabel;
  /** The product's versions with their labels (lib/db/version-overview.ts), newest first. */
  versions?: TVersionRow[];
}) {
  const latest = product.assessments[0];
  const result = latest ? computeResults(latest) : null;
  // Every card has the same link texts; the description names the product for screen readers.
  const headingId = `product-${product.id}`;
  const t = useTranslations("products");
  return (
    <li className="card stack" style={{ gap: "0.6rem" }}>
      <div>
        <h2 id={headingId} style={{ margin: 0, fontSize: "1.15rem" }}>
          <Link href={`/products/${product.id}`}>{product.modelName}</Link>
        </h2>
        <p className="muted small" style={{ margin: 0 }}>
          {categoryText(t, product.category)} · {t("card.firmware", { version: product.firmwareVersion })}
        </p>
      </div>
      {label ? <LabelSummary label={label} product={product} describedBy={headingId} /> : null}
      {versions.length > 1 || versions.some((v) => v.label) ? (
        <VersionsTable versions={versions} describedBy={headingId} limit={3} />
      ) : null}
      {latest ? (
        <>
          <div className="row" style={{ gap: "0.4rem 0.75rem" }}>
            <AssessmentStatusBadge status={latest.status} label={latest.label} testId="latest-status" />
            <span className="muted small">{t("card.updated", { date: isoDate(latest.updatedAt) })}</span>
            <Link href={`/assessments/${latest.id}`} className="small" aria-describedby={headingId}>
              {t("card.openAssessment")}
            </Link>
          </div>
          {result ? (
            <AssessmentResults result={result} schemes={latest.targetSchemes} />
          ) : (
            <p className="muted small">{t("card.noResults")}</p>
          )}
        </>
      ) : (
        <div className="row" style={{ gap: "0.4rem 0.75rem" }}>
          <span className="muted">{t("card.notAssessed")}</span>
          <Link
            href={`/products/${product.id}/assess`}
            className="btn btn-secondary"
            aria-describedby={headingId}
          >
            {t("card.startAssessment")}
          </Link>
        </div>
      )}
    </li>
  );
}
