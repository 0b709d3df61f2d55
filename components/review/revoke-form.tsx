"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { revoke } from "@/app/(site)/(reviewer)/review/actions";
import { ZRevoke } from "@/lib/review/schema";
import { ActionError } from "./action-error";
import { ConfirmDialog } from "./confirm-dialog";
import { ReasonField } from "./reason-field";
import { useRefreshingAction } from "./use-refreshing-action";

/**
 * Revokes an issued label: its status changes everywhere at once (the signed snapshot itself never changes), and it
 * cannot be undone, so a complete form still asks for confirmation.
 */
export function RevokeForm({ labelId, code }: { labelId: string; code?: string }) {
  const t = useTranslations("review.revoke");
  const uid = useId();
  const [confirming, setConfirming] = useState(false);
  const { run, pending, failure, clearFailure } = useRefreshingAction();
  const {
    register,
    handleSubmit,
    getValues,
    control,
    formState: { errors },
  } = useForm<z.input<typeof ZRevoke>>({
    resolver: zodResolver(ZRevoke),
    defaultValues: { labelId, reason: "" },
  });
  const check = handleSubmit(() => setConfirming(true));
  const reason = useWatch({ control, name: "reason" }) ?? "";
  const err = errors.reason?.message;
  return (
    <form noValidate className="stack" onSubmit={check} aria-labelledby={`${uid}-t`}>
      <h3 id={`${uid}-t`} style={{ margin: 0 }}>
        {t("title")}
      </h3>
      <ReasonField
        id={uid}
        label={t("reason")}
        value={reason}
        error={err}
        registration={register("reason")}
      />
      <ActionError failure={failure} onDismiss={clearFailure} />
      <div>
        <button type="submit" className="btn btn-danger" disabled={pending}>
          {t("revoke")}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        confirmLabel={pending ? t("revoking") : t("title")}
        danger
        busy={pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          void run(() => revoke(ZRevoke.parse(getValues()))).then(() => setConfirming(false));
        }}
      >
        <p style={{ margin: 0 }}>
          {t.rich(code ? "bodyCode" : "body", {
            code: code ?? "",
            reason: reason.trim(),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <p style={{ margin: 0 }}>
          <strong>{t("final")}</strong>
        </p>
      </ConfirmDialog>
    </form>
  );
}
