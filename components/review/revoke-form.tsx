"use client";

import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { revoke } from "@/app/(site)/(reviewer)/review/actions";
import { COMMENT_MAX, ZRevoke } from "@/lib/review/schema";
import { ActionError, CharCount } from "./action-error";
import { NETWORK_FAILURE, type TActionFailure } from "./types";
import styles from "./review.module.css";

/** Revokes an issued label: its status changes everywhere at once; the signed snapshot itself never changes. */
export function RevokeForm({ labelId }: { labelId: string }) {
  const uid = useId();
  const router = useRouter();
  const [failure, setFailure] = useState<TActionFailure>();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof ZRevoke>>({
    resolver: zodResolver(ZRevoke),
    defaultValues: { labelId, reason: "" },
  });
  const submit = handleSubmit(async (v) => {
    setFailure(undefined);
    try {
      const r = await revoke(v);
      if (r.ok) router.refresh();
      else setFailure({ code: r.code, message: r.message });
    } catch {
      setFailure(NETWORK_FAILURE);
    }
  });
  const reason = useWatch({ control, name: "reason" }) ?? "";
  const err = errors.reason?.message;
  return (
    <form noValidate className="stack" onSubmit={submit} aria-labelledby={`${uid}-t`}>
      <h3 id={`${uid}-t`} style={{ margin: 0 }}>
        Revoke the label
      </h3>
      <div className="field">
        <label htmlFor={`${uid}-r`}>Reason for revoking (published with the label)</label>
        <textarea
          id={`${uid}-r`}
          rows={3}
          aria-invalid={err ? true : undefined}
          aria-describedby={`${uid}-n${err ? ` ${uid}-e` : ""}`}
          {...register("reason")}
        />
        <CharCount value={reason} max={COMMENT_MAX} id={`${uid}-n`} className={styles.counter} />
        {err ? (
          <span id={`${uid}-e`} className="error" role="alert">
            {err}
          </span>
        ) : null}
      </div>
      <ActionError failure={failure} onDismiss={() => setFailure(undefined)} />
      <div>
        <button type="submit" className="btn btn-danger" disabled={isSubmitting}>
          Revoke
        </button>
      </div>
    </form>
  );
}
