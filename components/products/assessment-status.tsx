import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { perScheme } from "@/lib/schemes/registry";
import type { TSchemeId } from "@/lib/schemes/types";
import {
  displayStatus,
  LABEL_STATE_UI,
  labelStateSentence,
  type TDisplayStatus,
  type TLabelState,
  type TLabelStateInput,
  type TTone,
} from "@/lib/workflow/display-status";

const badgeClass = (tone: TTone) => (tone ? `badge badge-${tone}` : "badge");

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
  return <StatusBadge display={displayStatus(status, label)} testId={testId} />;
}

export function StatusBadge({ display, testId }: { display: TDisplayStatus; testId?: string }) {
  return (
    <span
      className={badgeClass(display.tone)}
      data-testid={testId}
      title={display.label ? labelStateSentence(display.label) : undefined}
    >
      {display.text}
    </span>
  );
}

/** The label's own state as a badge: "Valid", "Expired", "Revoked". */
export function LabelStateBadge({ state, testId }: { state: TLabelState; testId?: string }) {
  const ui = LABEL_STATE_UI[state.kind];
  return (
    <span className={badgeClass(ui.tone)} data-testid={testId} data-state={state.kind}>
      {ui.word}
    </span>
  );
}

export const SCHEME_LABEL: Record<TSchemeId, string> = perScheme((m) => m.uiName);

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
