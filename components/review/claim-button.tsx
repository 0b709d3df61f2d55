"use client";

import { useTranslations } from "next-intl";
import { claim } from "@/app/(site)/(reviewer)/review/actions";
import { ActionError } from "./action-error";
import { useRefreshingAction } from "./use-refreshing-action";

/** Claims the assessment for the signed-in reviewer; of two reviewers claiming at once, one gets CONFLICT. */
export function ClaimButton({ assessmentId, resubmitted }: { assessmentId: string; resubmitted: boolean }) {
  const t = useTranslations("review.claim");
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  const onClick = () => run(() => claim({ assessmentId }));
  return (
    <div className="stack" style={{ gap: "0.5rem" }}>
      <button type="button" className="btn" onClick={onClick} disabled={pending}>
        {resubmitted ? t("resume") : t("claim")}
      </button>
      <ActionError failure={failure} onDismiss={clearFailure} />
    </div>
  );
}
