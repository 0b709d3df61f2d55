"use client";

import { useLocale, useTranslations } from "next-intl";
import type { TAnswerValue, TQuestion } from "@/lib/schemes";
import { sameAnswer, type TPrefill } from "@/lib/questionnaire/prefill";

/** The product fields that prefill questions, by question id (messages questionnaire.prefill.field.<key>). */
const FIELD_KEY: Record<string, "category" | "supportEnd" | "updates" | "credentials"> = {
  "p.category": "category",
  "c.support.end_date": "supportEnd",
  "c.reg.update_mode": "updates",
  "c.reg.default_password_info": "credentials",
};

/**
 * Beside a question the product already answers: "Taken from the product" while the answer is the product's
 * value; when the question is still open (an assessment started before prefilling, or an answer cleared), a
 * button that uses the product's value. It never replaces an answer the manufacturer gave.
 */
export function ProductPrefillNote({
  question,
  prefill,
  value,
  editable,
  onUse,
}: {
  question: TQuestion;
  prefill: TPrefill;
  value: TAnswerValue | undefined;
  editable: boolean;
  onUse: (value: TAnswerValue) => void;
}) {
  const t = useTranslations("questionnaire.prefill");
  const english = useLocale() === "en";
  const key = FIELD_KEY[question.id];
  const field = key ? t(`field.${key}`) : prefill.field;
  // The product's category as the product form names it in English; in another language the question's own
  // option label (the product form's words are English data). A yes/no field shows its word.
  const option =
    question.type === "choice" && typeof prefill.value === "string"
      ? question.options.find((o) => o.value === prefill.value)?.label
      : undefined;
  const shown =
    key === "updates"
      ? t(prefill.shown === "yes" ? "yes" : "no")
      : key === "category" && !english
        ? (option ?? prefill.shown)
        : prefill.shown;
  if (value !== undefined && sameAnswer(value, prefill.value))
    return (
      <p className="prefill-note small" data-testid="prefill-note">
        <span className="badge badge-info">{t("badge")}</span> {t("taken", { field, value: shown })}
      </p>
    );
  if (value !== undefined || !editable) return null;
  return (
    <p className="prefill-note small">
      {t("says", { field: field.toLowerCase(), value: shown })}{" "}
      <button
        type="button"
        className="btn-link"
        onClick={() => onUse(prefill.value)}
        aria-describedby={`q-${question.id}-label`}
      >
        {t("use")}
      </button>
    </p>
  );
}
