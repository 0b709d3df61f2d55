"use client";

import type { TAnswerValue, TQuestion } from "@/lib/schemes";
import { sameAnswer, type TPrefill } from "@/lib/questionnaire/prefill";

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
  if (value !== undefined && sameAnswer(value, prefill.value))
    return (
      <p className="prefill-note small" data-testid="prefill-note">
        <span className="badge badge-info">From the product</span> {prefill.field}: {prefill.shown}. Change it
        here if this assessment needs another answer.
      </p>
    );
  if (value !== undefined || !editable) return null;
  return (
    <p className="prefill-note small">
      The product says {prefill.field.toLowerCase()}: {prefill.shown}.{" "}
      <button
        type="button"
        className="btn-link"
        onClick={() => onUse(prefill.value)}
        aria-describedby={`q-${question.id}-label`}
      >
        Use this answer
      </button>
    </p>
  );
}
