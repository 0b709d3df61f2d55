"use client";

import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { revoke } from "@/app/(site)/(reviewer)/review/actions";
import { ZRevoke } from "@/lib/review/schema";
import { ActionError } from "./action-error";
import { ReasonField } from "./reason-field";
import { useRefreshingAction } from "./use-refreshing-action";

/** Revokes an issued label: its status changes everywhere at once; the signed snapshot itself never changes. */
export function RevokeForm({ labelId }: { labelId: string }) {
  const uid = useId();
  const { run, failure, clearFailure } = useRefreshingAction();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof ZRevoke>>({
    resolver: zodResolver(ZRevoke),
    defaultValues: { labelId, reason: "" },
  });
  const submit = handleSubmit((v) => run(() => revoke(v)));
  const reason = useWatch({ control, name: "reason" }) ?? "";
  const err = errors.reason?.message;
  return (
    <form noValidate className="stack" onSubmit={submit} aria-labelledby={`${uid}-t`}>
      <h3 id={`${uid}-t`} style={{ margin: 0 }}>
        Revoke the label
      </h3>
      <ReasonField
        id={uid}
        label="Reason for revoking (published with the label)"
        value={reason}
        error={err}
        registration={register("reason")}
      />
      <ActionError failure={failure} onDismiss={clearFailure} />
      <div>
        <button type="submit" className="btn btn-danger" disabled={isSubmitting}>
          Revoke
        </button>
      </div>
    </form>
  );
}
