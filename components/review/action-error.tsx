"use client";

import { useRouter } from "next/navigation";
import { RELOADABLE, type TActionFailure } from "./types";

const TITLE: Record<string, string> = {
  STALE: "The assessment changed since this page was loaded.",
  INVALID_STATE: "This action is not possible in the assessment's current state.",
  CONFLICT: "Someone else got there first.",
};

/**
 * An action's failure, announced at once. For stale data, a wrong state or a conflict it offers to reload the
 * latest data in place: the page refreshes its server data while every form keeps what was typed.
 */
export function ActionError({
  failure,
  onDismiss,
}: {
  failure: TActionFailure | undefined;
  onDismiss?: () => void;
}) {
  const router = useRouter();
  if (!failure) return null;
  const reloadable = RELOADABLE.has(failure.code);
  return (
    <div className="alert alert-error" role="alert" data-testid="action-error" data-code={failure.code}>
      {TITLE[failure.code] ? <strong>{TITLE[failure.code]} </strong> : null}
      {failure.message}
      {reloadable ? (
        <div className="row" style={{ marginTop: "0.5rem" }}>
          <button
            type="button"
            className="btn btn-secondary small-btn"
            onClick={() => {
              onDismiss?.();
              router.refresh();
            }}
          >
            Reload the latest version
          </button>
          <span className="small">What you typed stays in the form.</span>
        </div>
      ) : null}
    </div>
  );
}

/** Characters used against the limit, turning red past it (the server refuses longer text). */
export function CharCount({
  value,
  max,
  id,
  className,
}: {
  value: string;
  max: number;
  id: string;
  className?: string;
}) {
  const n = value.trim().length;
  return (
    <span
      id={id}
      className={className}
      data-over={n > max ? "true" : "false"}
      aria-live={n > max ? "polite" : "off"}
    >
      {n} / {max} characters
    </span>
  );
}
