"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { approve, reject } from "@/app/(site)/(reviewer)/review/actions";
import { ZApprove, ZRejectAssessment } from "@/lib/review/schema";
import { ConfirmDialog } from "./confirm-dialog";
import { ReasonField } from "./reason-field";
import { NETWORK_FAILURE, type TActionFailure } from "./types";

type Common = {
  assessmentId: string;
  version: () => number;
  onDone: () => void;
  onFailure: (f: TActionFailure) => void;
};

/**
 * Approval issues the signed label, which can never be changed afterwards: it asks for confirmation, and stays
 * disabled, with the reason, while any criterion is undecided.
 */
export function ApproveForm({
  assessmentId,
  version,
  undecided,
  subject,
  onDone,
  onFailure,
}: Common & { undecided: number; subject: string }) {
  const t = useTranslations("review.approve");
  const uid = useId();
  const [failure, setFailure] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const {
    handleSubmit,
    setValue,
    formState: { isSubmitting },
  } = useForm<z.input<typeof ZApprove>>({
    resolver: zodResolver(ZApprove),
    defaultValues: { assessmentId, expectedVersion: version() },
  });
  const submit = handleSubmit(async (v) => {
    setFailure(undefined);
    try {
      const r = await approve(v);
      setConfirming(false);
      if (r.ok) return onDone();
      setFailure(r.message);
      onFailure({ code: r.code, message: r.message });
    } catch {
      setConfirming(false);
      setFailure(t("network"));
      onFailure(NETWORK_FAILURE);
    }
  });
  const blocked = undecided > 0;
  return (
    <form
      noValidate
      className="stack"
      aria-labelledby={`${uid}-t`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!blocked) setConfirming(true);
      }}
    >
      <h2 id={`${uid}-t`} style={{ margin: 0 }}>
        {t("title")}
      </h2>
      <p id={`${uid}-why`} className="small" style={{ margin: 0 }}>
        {blocked ? t("blocked", { n: undecided }) : t("ready")}
      </p>
      {failure ? (
        <span className="error small" role="alert">
          {t("notApproved", { failure })}
        </span>
      ) : null}
      <div>
        <button
          type="submit"
          className="btn"
          disabled={blocked || isSubmitting}
          aria-describedby={`${uid}-why`}
        >
          {t("submit")}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        confirmLabel={isSubmitting ? t("issuing") : t("confirm")}
        busy={isSubmitting}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setValue("expectedVersion", version());
          void submit();
        }}
      >
        <p style={{ margin: 0 }}>
          {t.rich("body", { subject, strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        <p style={{ margin: 0 }}>{t.rich("final", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </ConfirmDialog>
    </form>
  );
}

export function RejectForm({ assessmentId, version, onDone, onFailure }: Common) {
  const t = useTranslations("review.reject");
  const uid = useId();
  const [failure, setFailure] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const {
    register,
    handleSubmit,
    setValue,
    control,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof ZRejectAssessment>>({
    resolver: zodResolver(ZRejectAssessment),
    defaultValues: { assessmentId, expectedVersion: version(), reason: "" },
  });
  const send = handleSubmit(async (v) => {
    setFailure(undefined);
    try {
      const r = await reject(v);
      setConfirming(false);
      if (r.ok) return onDone();
      setFailure(r.message);
      onFailure({ code: r.code, message: r.message });
    } catch {
      setConfirming(false);
      setFailure(t("network"));
      onFailure(NETWORK_FAILURE);
    }
  });
  // The reason is checked first; only a complete form asks for confirmation.
  const check = handleSubmit(() => setConfirming(true));
  const reason = useWatch({ control, name: "reason" }) ?? "";
  const err = errors.reason?.message;
  return (
    <form
      noValidate
      className="stack"
      aria-labelledby={`${uid}-t`}
      onSubmit={(e) => {
        setValue("expectedVersion", version());
        void check(e);
      }}
    >
      <h2 id={`${uid}-t`} style={{ margin: 0 }}>
        {t("title")}
      </h2>
      <ReasonField
        id={uid}
        label={t("reason")}
        value={reason}
        error={err}
        registration={register("reason")}
      />
      {failure ? (
        <span className="error small" role="alert">
          {t("notRejected", { failure })}
        </span>
      ) : null}
      <div>
        <button type="submit" className="btn btn-danger" disabled={isSubmitting}>
          {t("reject")}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        confirmLabel={t("title")}
        danger
        busy={isSubmitting}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setValue("expectedVersion", version());
          void send();
        }}
      >
        <p style={{ margin: 0 }}>{t("body")}</p>
      </ConfirmDialog>
    </form>
  );
}
