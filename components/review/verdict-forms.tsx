"use client";

import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { approve, reject } from "@/app/(site)/(reviewer)/review/actions";
import { count, N, verb } from "@/lib/i18n/plural";
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
      setFailure(NETWORK_FAILURE.message);
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
        Approve
      </h2>
      <p id={`${uid}-why`} className="small" style={{ margin: 0 }}>
        {blocked
          ? `Decide every criterion first: ${count(undecided, N.criterion)} ${verb(undecided, "is", "are")} still open.`
          : "Every criterion is decided. Approving freezes the answers, your decisions and the result, and issues the signed label."}
      </p>
      {failure ? (
        <span className="error small" role="alert">
          Not approved: {failure}
        </span>
      ) : null}
      <div>
        <button
          type="submit"
          className="btn"
          disabled={blocked || isSubmitting}
          aria-describedby={`${uid}-why`}
        >
          Approve and issue the label
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Issue the label?"
        confirmLabel={isSubmitting ? "Issuing…" : "Issue the label"}
        busy={isSubmitting}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setValue("expectedVersion", version());
          void submit();
        }}
      >
        <p style={{ margin: 0 }}>
          This approves the assessment of <strong>{subject}</strong> and issues its signed label. The answers,
          your decisions and the result are frozen into it and published on its public page and in its PDF
          report.
        </p>
        <p style={{ margin: 0 }}>
          <strong>An issued label can never be changed.</strong> If something turns out to be wrong, it can
          only be revoked.
        </p>
      </ConfirmDialog>
    </form>
  );
}

export function RejectForm({ assessmentId, version, onDone, onFailure }: Common) {
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
      setFailure(NETWORK_FAILURE.message);
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
        Reject the assessment
      </h2>
      <ReasonField
        id={uid}
        label="Reason (shown to the manufacturer)"
        value={reason}
        error={err}
        registration={register("reason")}
      />
      {failure ? (
        <span className="error small" role="alert">
          Not rejected: {failure}
        </span>
      ) : null}
      <div>
        <button type="submit" className="btn btn-danger" disabled={isSubmitting}>
          Reject
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Reject the assessment?"
        confirmLabel="Reject the assessment"
        danger
        busy={isSubmitting}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setValue("expectedVersion", version());
          void send();
        }}
      >
        <p style={{ margin: 0 }}>
          The manufacturer sees your reason. A rejected assessment is closed: they would have to start a new
          one.
        </p>
      </ConfirmDialog>
    </form>
  );
}
