import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

const STATUS: Record<AssessmentStatus, { label: string; badge: string }> = {
  DRAFT: { label: "Draft", badge: "badge" },
  SUBMITTED: { label: "Submitted", badge: "badge badge-info" },
  IN_REVIEW: { label: "In review", badge: "badge badge-info" },
  CHANGES_REQUESTED: { label: "Changes requested", badge: "badge badge-warn" },
  APPROVED: { label: "Approved", badge: "badge badge-ok" },
  REJECTED: { label: "Rejected", badge: "badge badge-bad" },
};

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  const s = STATUS[status];
  return <span className={s.badge}>{s.label}</span>;
}

export const SCHEME_LABEL = { EU_RED: "EU RED", US_CTM: "US Cyber Trust Mark", CN_CCL: "China CCL" } as const;

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
