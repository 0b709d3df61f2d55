"use client";

import type { TAnswerValue, TControlAnswer, TQuestion } from "@/lib/schemes";
import { useTranslations } from "next-intl";
import { useDraft } from "@/components/questionnaire/question-input";
import { YES_DESCRIPTION_MAX } from "@/lib/questionnaire/describe";

/**
 * A "Yes" to a control whose help asks for a description ("Describe the role model", "Name the time source"):
 * a short optional text saved with the answer (its `justification` text, the field every control answer has),
 * so the lab reads it in the review without opening the evidence.
 */
export function YesDescription({
  question,
  describes,
  value,
  disabled,
  onChange,
}: {
  question: TQuestion;
  /** Whether the question's (English) help asks for a description: asksForDescription in lib/questionnaire. */
  describes: boolean;
  value: TAnswerValue | undefined;
  disabled: boolean;
  onChange: (value: TAnswerValue | null) => void;
}) {
  const current =
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as TControlAnswer)
      : undefined;
  const show = current?.status === "yes" && describes;
  if (!show) return null;
  return (
    <DescriptionField
      questionId={question.id}
      text={current.justification ?? ""}
      disabled={disabled}
      onChange={onChange}
    />
  );
}

function DescriptionField({
  questionId,
  text,
  disabled,
  onChange,
}: {
  questionId: string;
  text: string;
  disabled: boolean;
  onChange: (value: TAnswerValue | null) => void;
}) {
  const d = useDraft(text, (v) =>
    onChange({
      status: "yes",
      ...(v.trim() ? { justification: v.trim().slice(0, YES_DESCRIPTION_MAX) } : {}),
    }),
  );
  const t = useTranslations("questionnaire.card");
  const id = `${questionId}-description`;
  return (
    <div className="field">
      <label htmlFor={id}>{t("description")}</label>
      <textarea
        id={id}
        rows={2}
        value={d.draft}
        disabled={disabled}
        maxLength={YES_DESCRIPTION_MAX}
        aria-describedby={`q-${questionId}-help`}
        onChange={(e) => d.change(e.target.value)}
        onBlur={(e) => d.flush(e.target.value)}
      />
    </div>
  );
}
