"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { submitAssessment } from "@/app/(site)/(manufacturer)/assessments/actions";
import type { TMissingItem } from "@/lib/questionnaire/plan";
import type { TFlushResult } from "@/components/questionnaire/use-autosave";

type Props = {
  assessmentId: string;
  /** Saves what is still pending and waits for saves in flight; the submit uses the version it returns. */
  flush: () => Promise<TFlushResult>;
  missingNow: TMissingItem[];
  questionLabel: (id: string) => string;
  labName: string;
  resubmission: boolean;
};

export function SubmitBox({ assessmentId, flush, missingNow, questionLabel, labName, resubmission }: Props) {
  const t = useTranslations("questionnaire.submit");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const busy = useRef(false);
  const [error, setError] = useState<string>();
  const [missing, setMissing] = useState<TMissingItem[]>();

  async function submit() {
    if (busy.current) return; // a double click sends one request
    busy.current = true;
    setPending(true);
    setError(undefined);
    setMissing(undefined);
    try {
      // An answer changed just before the click may still be a draft or on its way: it is saved first, and the
      // submit goes against the version that save produced (not the one it started from).
      const saved = await flush();
      if (!saved.ok) {
        setError(
          !saved.conflict && saved.questionId
            ? t("notSavedAnswer", { question: questionLabel(saved.questionId), message: saved.message })
            : t("notSubmitted", { message: saved.message }),
        );
        return;
      }
      const r = await submitAssessment({ assessmentId, expectedVersion: saved.version });
      if (!r.ok) setError(r.message);
      else if (!r.data.submitted) setMissing(r.data.missing);
      else router.refresh();
    } catch {
      setError(t("connection"));
    } finally {
      busy.current = false;
      setPending(false);
    }
  }

  // Answers first, then justifications, then evidence: the order in which they are usually fixed.
  const order: Record<TMissingItem["reason"], number> = { unanswered: 0, justification: 1, evidence: 2 };
  const list = [...(missing ?? [])].sort((x, y) => order[x.reason] - order[y.reason]);
  const counts = list.reduce<Record<string, number>>(
    (acc, m) => ({ ...acc, [m.reason]: (acc[m.reason] ?? 0) + 1 }),
    {},
  );
  return (
    <section className="card stack" aria-labelledby="submit-title">
      <h2 id="submit-title" style={{ margin: 0 }}>
        {resubmission ? t("titleResubmit") : t("title")}
      </h2>
      <p className="small muted" style={{ margin: 0 }}>
        {t("intro", { lab: labName })}{" "}
        {missingNow.length > 0 ? t("missingNow", { n: missingNow.length }) : t("complete")}
      </p>
      <div>
        <button
          type="button"
          className="btn"
          onClick={() => void submit()}
          disabled={pending}
          aria-disabled={pending}
        >
          {pending ? t("submitting") : resubmission ? t("resubmit") : t("title")}
        </button>
      </div>
      {error ? (
        <div className="alert alert-error" role="alert">
          {error}
        </div>
      ) : null}
      {list.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <strong>{t("missing", { n: list.length })}</strong>{" "}
          <span className="small">
            {[
              counts.unanswered ? t("answers", { n: counts.unanswered }) : "",
              counts.justification ? t("justifications", { n: counts.justification }) : "",
              counts.evidence ? t("evidenceFiles", { n: counts.evidence }) : "",
            ]
              .filter(Boolean)
              .join(t("separator"))}
          </span>
          <ul className="gap-list" data-testid="missing-list">
            {list.slice(0, 50).map((m) => (
              <li key={`${m.questionId}-${m.reason}`}>
                <a href={`#q-${m.questionId}`}>{questionLabel(m.questionId)}</a>
                {t("reasonLine", { reason: t(`reason.${m.reason}`) })}
              </li>
            ))}
          </ul>
          {list.length > 50 ? <p className="small">{t("andMore", { n: list.length - 50 })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
