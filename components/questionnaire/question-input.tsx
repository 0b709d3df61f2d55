"use client";

import { useContext, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { TAnswerValue, TControlAnswer, TNaPolicy, TQuestion } from "@/lib/schemes";
import { AutosaveDrafts } from "@/components/questionnaire/use-autosave";

type Props = {
  question: TQuestion;
  value: TAnswerValue | undefined;
  disabled: boolean;
  /** Called with the new answer (null clears it). */
  onChange: (value: TAnswerValue | null) => void;
  describedBy?: string;
  /** Control questions: whether N/A is offered and why it is refused where it is (naPolicy in lib/schemes). */
  na?: TNaPolicy;
};

const CONTROL_STATUSES = ["yes", "partial", "no", "not_applicable"] as const;

/**
 * Text kept locally while typing and saved when the user pauses or leaves the field. The draft registers with the
 * autosave, so a submit (or leaving the page) knows about text not yet saved and can commit it at once.
 */
export function useDraft(initial: string, commit: (v: string) => void, delay = 900) {
  const [draft, setDraft] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const last = useRef(initial);
  const typed = useRef(initial);
  const latestFlush = useRef<(v: string) => void>(() => undefined);
  const drafts = useContext(AutosaveDrafts);
  useEffect(
    () =>
      drafts?.register({
        pending: () => timer.current !== undefined,
        commit: () => {
          if (timer.current !== undefined) latestFlush.current(typed.current);
        },
      }),
    [drafts],
  );
  useEffect(() => {
    // Adopt a value coming from the server (e.g. after a conflict reload) unless the user is mid-edit.
    if (timer.current === undefined) {
      setDraft(initial);
      last.current = initial;
    }
  }, [initial]);
  const flush = (v: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    if (v !== last.current) {
      last.current = v;
      commit(v);
    }
  };
  useLayoutEffect(() => {
    latestFlush.current = flush;
  });
  /** Forget the text (the status changed: an old N/A reason must not follow the new answer). */
  const reset = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = undefined;
    last.current = typed.current = "";
    setDraft("");
  };
  const change = (v: string) => {
    typed.current = v;
    setDraft(v);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(v), delay);
  };
  return { draft, change, flush, reset };
}

function RadioGroup({
  name,
  labelledBy,
  options,
  value,
  disabled,
  onPick,
  describedBy,
}: {
  name: string;
  /** The question's prompt: screen readers announce it when focus enters the group. */
  labelledBy: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  disabled: boolean;
  onPick: (v: string) => void;
  describedBy?: string;
}) {
  return (
    <div className="choice-row" role="radiogroup" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            disabled={disabled}
            onChange={() => onPick(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </div>
  );
}

function ControlInput({ question, value, disabled, onChange, describedBy, na }: Props) {
  const t = useTranslations("questionnaire.input");
  const current = (
    typeof value === "object" && value !== null && !Array.isArray(value) ? value : undefined
  ) as TControlAnswer | undefined;
  const justification = useDraft(current?.justification ?? "", (text) => {
    if (!current) return;
    onChange({ status: current.status, ...(text.trim() ? { justification: text } : {}) });
  });
  const needsJustification = current?.status === "not_applicable";
  const jId = `${question.id}-justification`;
  const naId = `${question.id}-na-refused`;
  // N/A stays listed while it is the stored answer, so the manufacturer sees (and can change) a refused claim.
  const options = CONTROL_STATUSES.filter(
    (v) => v !== "not_applicable" || na?.offer !== false || current?.status === "not_applicable",
  ).map((v) => ({ value: v, label: t(`status.${v}`) }));
  return (
    <div className="stack" style={{ gap: "0.5rem" }}>
      <RadioGroup
        name={question.id}
        labelledBy={`q-${question.id}-label`}
        options={options}
        value={current?.status}
        disabled={disabled}
        describedBy={na?.reasons.length ? `${describedBy ?? ""} ${naId}`.trim() : describedBy}
        onPick={(status) => {
          // A new status starts without the old text: an N/A reason never follows a "yes".
          if (status !== current?.status) justification.reset();
          onChange({ status: status as TControlAnswer["status"] });
        }}
      />
      {na?.reasons.length ? (
        <div id={naId} className="na-refused small" role="note">
          <strong>{na.offer ? t("naNotEverywhere") : t("naNotHere")}</strong>
          <ul>
            {na.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {current && current.status !== "yes" ? (
        <div className="field">
          <label htmlFor={jId}>{needsJustification ? t("whyNa") : t("explanation")}</label>
          <textarea
            id={jId}
            value={justification.draft}
            disabled={disabled}
            maxLength={4000}
            aria-invalid={needsJustification && !justification.draft.trim() ? true : undefined}
            aria-describedby={needsJustification && !justification.draft.trim() ? `${jId}-error` : undefined}
            onChange={(e) => justification.change(e.target.value)}
            onBlur={(e) => justification.flush(e.target.value)}
          />
          {needsJustification && !justification.draft.trim() ? (
            <span id={`${jId}-error`} className="error">
              {t("needsJustification")}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function TextLikeInput({ question, value, disabled, onChange, describedBy }: Props) {
  const initial = value === undefined || value === null ? "" : String(value);
  const commit = (v: string) => {
    const t = v.trim();
    if (!t) return onChange(null);
    if (question.type === "number") {
      const n = Number(t);
      onChange(Number.isFinite(n) ? n : t);
    } else onChange(question.type === "text" ? v : t);
  };
  const d = useDraft(initial, commit, question.type === "date" ? 0 : 900);
  const id = `input-${question.id}`;
  if (question.type === "text") {
    return (
      <textarea
        id={id}
        aria-labelledby={`q-${question.id}-label`}
        aria-describedby={describedBy}
        value={d.draft}
        disabled={disabled}
        maxLength={4000}
        onChange={(e) => d.change(e.target.value)}
        onBlur={(e) => d.flush(e.target.value)}
      />
    );
  }
  return (
    <div className="row" style={{ gap: "0.5rem", flexWrap: "nowrap" }}>
      <input
        id={id}
        aria-labelledby={`q-${question.id}-label`}
        aria-describedby={describedBy}
        type={question.type === "number" ? "number" : "date"}
        inputMode={question.type === "number" ? "decimal" : undefined}
        value={d.draft}
        disabled={disabled}
        min={question.type === "number" ? question.min : undefined}
        max={question.type === "number" ? question.max : undefined}
        onChange={(e) => d.change(e.target.value)}
        onBlur={(e) => d.flush(e.target.value)}
        style={{ maxWidth: question.type === "number" ? "10rem" : "14rem" }}
      />
      {question.type === "number" ? <span className="muted">{question.unit}</span> : null}
    </div>
  );
}

export function QuestionInput(props: Props) {
  const t = useTranslations("questionnaire.input");
  const { question: q, value, disabled, onChange, describedBy } = props;
  switch (q.type) {
    case "control":
      return <ControlInput {...props} />;
    case "boolean":
      return (
        <RadioGroup
          name={q.id}
          labelledBy={`q-${q.id}-label`}
          describedBy={describedBy}
          disabled={disabled}
          options={[
            { value: "true", label: t("yes") },
            { value: "false", label: t("no") },
          ]}
          value={value === true ? "true" : value === false ? "false" : undefined}
          onPick={(v) => onChange(v === "true")}
        />
      );
    case "choice":
      return (
        <RadioGroup
          name={q.id}
          labelledBy={`q-${q.id}-label`}
          describedBy={describedBy}
          disabled={disabled}
          options={q.options}
          value={typeof value === "string" ? value : undefined}
          onPick={(v) => onChange(v)}
        />
      );
    case "multi": {
      const selected = Array.isArray(value) ? value : [];
      return (
        <div
          className="choice-row"
          role="group"
          aria-labelledby={`q-${q.id}-label`}
          aria-describedby={describedBy}
        >
          {q.options.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="checkbox"
                value={o.value}
                disabled={disabled}
                checked={selected.includes(o.value)}
                onChange={(e) => {
                  const next = e.target.checked
                    ? [...selected, o.value]
                    : selected.filter((x) => x !== o.value);
                  // Keep catalog order so equal selections are equal answers.
                  onChange(q.options.map((x) => x.value).filter((x) => next.includes(x)));
                }}
              />
              <span>{o.label}</span>
            </label>
          ))}
          {Array.isArray(value) ? null : (
            <button type="button" className="btn-link small" disabled={disabled} onClick={() => onChange([])}>
              {t("noneOfThese")}
            </button>
          )}
        </div>
      );
    }
    default:
      return <TextLikeInput {...props} />;
  }
}
