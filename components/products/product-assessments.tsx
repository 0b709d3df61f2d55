import Link from "next/link";
import { useTranslations } from "next-intl";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import type { TSchemeId } from "@/lib/schemes";
import type { TLabelStateInput } from "@/lib/workflow/display-status";
import { AssessmentStatusBadge, isoDate } from "@/components/products/assessment-status";
import { useSchemeName } from "@/lib/schemes/use-scheme-name";

type Props = {
  assessments: {
    id: string;
    status: AssessmentStatus;
    targetSchemes: TSchemeId[];
    createdAt: Date;
    updatedAt: Date;
    lab: { name: string };
    label: TLabelStateInput | null;
  }[];
};

/** The product's assessments, newest first, each linking to its own page. */
export function ProductAssessments({ assessments }: Props) {
  const t = useTranslations("products.assessments");
  const ts = useSchemeName();
  if (assessments.length === 0) {
    return (
      <p className="card muted" style={{ margin: 0 }}>
        {t("none")}
      </p>
    );
  }
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0, gap: "0.5rem" }}>
      {assessments.map((a) => (
        <li key={a.id} className="card row" style={{ justifyContent: "space-between", gap: "0.4rem 1rem" }}>
          <div className="stack" style={{ gap: "0.15rem", minWidth: 0 }}>
            <Link href={`/assessments/${a.id}`}>{t("started", { date: isoDate(a.createdAt) })}</Link>
            <span className="muted small">
              {a.targetSchemes.map((s) => ts(s)).join(" · ")} — {a.lab.name}
            </span>
          </div>
          <div className="row" style={{ gap: "0.5rem" }}>
            <AssessmentStatusBadge status={a.status} label={a.label} />
            <span className="muted small">{t("updated", { date: isoDate(a.updatedAt) })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
