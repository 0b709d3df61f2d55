import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { useTranslations } from "next-intl";
import {
  displayStatus,
  LABEL_STATE_UI,
  type TDisplayStatus,
  type TLabelState,
  type TLabelStateInput,
  type TTone,
} from "@/lib/workflow/display-status";

const badgeClass = (tone: TTone) => (tone ? `badge badge-${tone}` : "badge");

/** A product category's name in the reader's language (an unknown id as it is). */
export function categoryText(t: ReturnType<typeof useTranslations<"products">>, id: string): string {
  return t.has(`categories.${id}` as never) ? t(`categories.${id}` as never) : id;
}

/** The "status" messages' translator, from useTranslations("status") or getTranslations("status"). */
export type TStatusT = ReturnType<typeof useTranslations<"status">>;

/** One sentence on the label's state in the reader's language: "Revoked on 2026-11-21: <reason>". */
export function labelStateText(t: TStatusT, s: TLabelState): string {
  switch (s.kind) {
    case "valid":
      return t("sentence.valid", { date: isoDate(s.validUntil) });
    case "expired":
      return t("sentence.expired", { date: isoDate(s.on) });
    case "suspended":
      return s.reason
        ? t("sentence.suspendedReason", { date: isoDate(s.on), reason: s.reason })
        : t("sentence.suspended", { date: isoDate(s.on) });
    case "superseded":
      return s.by
        ? t("sentence.supersededBy", { date: isoDate(s.on), by: s.by })
        : t("sentence.superseded", { date: isoDate(s.on) });
    case "revoked":
      return s.reason
        ? t("sentence.revokedReason", { date: isoDate(s.on), reason: s.reason })
        : t("sentence.revoked", { date: isoDate(s.on) });
    case "integrity_failed":
      return t("sentence.integrity_failed");
  }
}

/** "Approved · label revoked" in the reader's language. */
export function displayStatusText(t: TStatusT, status: AssessmentStatus, display: TDisplayStatus): string {
  const base = t(`assessment.${status}`);
  return display.label
    ? t("withLabel", { status: base, label: t(`labelShort.${display.label.kind}`) })
    : base;
}

/**
 * The status of an assessment wherever it is listed. Pass the label it issued (if any) and the badge says the
 * label's state too ("Approved · label revoked"), decided by displayStatus() alone.
 */
export function AssessmentStatusBadge({
  status,
  label,
  testId,
}: {
  status: AssessmentStatus;
  label?: TLabelStateInput | null;
  testId?: string;
}) {
  return <StatusBadge status={status} display={displayStatus(status, label)} testId={testId} />;
}

export function StatusBadge({
  status,
  display,
  testId,
}: {
  status: AssessmentStatus;
  display: TDisplayStatus;
  testId?: string;
}) {
  const t = useTranslations("status");
  return (
    <span
      className={badgeClass(display.tone)}
      data-testid={testId}
      title={display.label ? labelStateText(t, display.label) : undefined}
    >
      {displayStatusText(t, status, display)}
    </span>
  );
}

/** The label's own state as a badge: "Valid", "Expired", "Revoked". */
export function LabelStateBadge({ state, testId }: { state: TLabelState; testId?: string }) {
  const ui = LABEL_STATE_UI[state.kind];
  const t = useTranslations("status");
  return (
    <span className={badgeClass(ui.tone)} data-testid={testId} data-state={state.kind}>
      {t(`labelWord.${state.kind}`)}
    </span>
  );
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
