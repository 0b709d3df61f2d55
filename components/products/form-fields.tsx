import { useId, type ComponentPropsWithRef, type ReactNode } from "react";

// Labelled select, textarea and checkbox for the product form, wired like components/ui/field.tsx: the hint and
// the error are tied to the control with aria-describedby, and an invalid control says so.

type Common = { label: string; name: string; error?: string; hint?: ReactNode };

function useDescribedBy(name: string, id: string | undefined, hint: ReactNode, error: string | undefined) {
  const autoId = useId();
  const fieldId = id ?? `${autoId}${name}`;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  const errorId = error ? `${fieldId}-error` : undefined;
  return { fieldId, hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

function Hint({ id, children }: { id?: string; children: ReactNode }) {
  return children ? (
    <span id={id} className="hint">
      {children}
    </span>
  ) : null;
}

function ErrorText({ id, children }: { id?: string; children?: string }) {
  return children ? (
    <span id={id} className="error">
      {children}
    </span>
  ) : null;
}

export function SelectField({
  label,
  name,
  error,
  hint,
  id,
  children,
  ...select
}: Common & ComponentPropsWithRef<"select">) {
  const d = useDescribedBy(name, id, hint, error);
  return (
    <div className="field">
      <label htmlFor={d.fieldId}>{label}</label>
      <Hint id={d.hintId}>{hint}</Hint>
      <select
        id={d.fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...select}
      >
        {children}
      </select>
      <ErrorText id={d.errorId}>{error}</ErrorText>
    </div>
  );
}

export function TextAreaField({
  label,
  name,
  error,
  hint,
  id,
  ...area
}: Common & ComponentPropsWithRef<"textarea">) {
  const d = useDescribedBy(name, id, hint, error);
  return (
    <div className="field">
      <label htmlFor={d.fieldId}>{label}</label>
      <Hint id={d.hintId}>{hint}</Hint>
      <textarea
        id={d.fieldId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={d.describedBy}
        {...area}
      />
      <ErrorText id={d.errorId}>{error}</ErrorText>
    </div>
  );
}

export function CheckboxField({
  label,
  name,
  error,
  hint,
  id,
  ...input
}: Common & ComponentPropsWithRef<"input">) {
  const d = useDescribedBy(name, id, hint, error);
  return (
    <div className="field">
      <div className="row" style={{ gap: "0.6rem", flexWrap: "nowrap" }}>
        <input
          style={{ width: "1.25rem", height: "1.25rem", margin: 0, flex: "none" }}
          id={d.fieldId}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={d.describedBy}
          {...input}
        />
        <label htmlFor={d.fieldId}>{label}</label>
      </div>
      <Hint id={d.hintId}>{hint}</Hint>
      <ErrorText id={d.errorId}>{error}</ErrorText>
    </div>
  );
}
