"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { COMMENT_MAX } from "@/lib/review/schema";
import { CharCount } from "./action-error";
import styles from "./review.module.css";

/** A required reason (reject, revoke): labelled textarea, live character count and an announced error. */
export function ReasonField({
  id,
  label,
  value,
  error,
  registration,
}: {
  id: string;
  label: string;
  value: string;
  error?: string;
  registration: UseFormRegisterReturn;
}) {
  return (
    <div className="field">
      <label htmlFor={`${id}-r`}>{label}</label>
      <textarea
        id={`${id}-r`}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-n${error ? ` ${id}-e` : ""}`}
        {...registration}
      />
      <CharCount value={value} max={COMMENT_MAX} id={`${id}-n`} className={styles.counter} />
      {error ? (
        <span id={`${id}-e`} className="error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
