"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { reassign } from "@/app/(site)/(reviewer)/review/actions";
import { ActionError } from "./action-error";
import { useRefreshingAction } from "./use-refreshing-action";

type Props = {
  assessmentId: string;
  version: number;
  /** Product name, so several controls on one page have distinct accessible names. */
  subject: string;
  assignee: { id: string; name: string; disabled: boolean };
  /** Active reviewers of the assessment's lab, the signed-in one marked. */
  reviewers: { id: string; name: string; me?: boolean }[];
};

/**
 * Releases an assessment back to the lab's queue or hands it to another active reviewer of the lab. Shown to
 * administrators, and to reviewers when the assignee's account is disabled; the server checks both again.
 */
export function AssignmentControl({ assessmentId, version, subject, assignee, reviewers }: Props) {
  const t = useTranslations("review.assignment");
  const uid = useId();
  const choices = reviewers.filter((r) => r.id !== assignee.id);
  const [to, setTo] = useState(choices.find((r) => r.me)?.id ?? choices[0]?.id ?? "");
  const { run: runAction, pending, failure, clearFailure } = useRefreshingAction();
  const run = (assigneeId: string | null) =>
    runAction(() => reassign({ assessmentId, expectedVersion: version, assigneeId }));

  return (
    <form
      className="stack"
      style={{ gap: "0.5rem" }}
      aria-label={t("formLabel", { subject })}
      data-testid="assignment-control"
      onSubmit={(e) => {
        e.preventDefault();
        if (to) void run(to);
      }}
    >
      <div className="row" style={{ gap: "0.5rem", alignItems: "end" }}>
        {choices.length ? (
          <>
            <div className="field" style={{ margin: 0 }}>
              <label htmlFor={`${uid}-to`} className="small">
                {t("to")}
              </label>
              <select id={`${uid}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
                {choices.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.me ? t("you", { name: r.name }) : r.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn small-btn" disabled={pending || !to}>
              {t("reassign")}
            </button>
          </>
        ) : (
          <span className="small muted">{t("noOther")}</span>
        )}
        <button
          type="button"
          className="btn btn-secondary small-btn"
          disabled={pending}
          onClick={() => void run(null)}
        >
          {t("release")}
        </button>
      </div>
      <span className="small muted">
        {assignee.disabled ? t("disabled", { name: assignee.name }) : ""}
        {t("note")}
      </span>
      <ActionError failure={failure} onDismiss={clearFailure} />
    </form>
  );
}
