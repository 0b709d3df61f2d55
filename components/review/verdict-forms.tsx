"use client";

import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { approve, reject } from "@/app/(site)/(reviewer)/review/actions";
import { ZApprove, ZRejectAssessment } from "@/lib/review/schema";
import { ReasonField } from "./reason-field";
import { NETWORK_FAILURE, type TActionFailure } from "./types";

type Common = {
  assessmentId: string;
  version: () => number;
  onDone: () => void;
  onFailure: (f: TActionFailure) => void;
};

/** Approval issues the signed label; it stays disabled, with the reason, while any criterion is undecided. */
export function ApproveForm({
  assessmentId,
  version,
  undecided,
  onDone,
  onFailure,
}: Common & { undecided: number }) {
  const uid = useId();
  const [failure, setFailure] = useState<string>();
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
      if (r.ok) return onDone();
      setFailure(r.message);
      onFailure({ code: r.code, message: r.message });
    } catch {
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
        setValue("expectedVersion", version());
        void submit(e);
      }}
    >
      <h2 id={`${uid}-t`} style={{ margin: 0 }}>
        Approve
      </h2>
      <p id={`${uid}-why`} className="small" style={{ margin: 0 }}>
        {blocked
          ? `Decide every criterion first: ${undecided} still open. “Accept all remaining” accepts the engine's verdict for them.`
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
    </form>
  );
}

export function RejectForm({ assessmentId, version, onDone, onFailure }: Common) {
  const uid = useId();
  const [failure, setFailure] = useState<string>();
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
  const submit = handleSubmit(async (v) => {
    setFailure(undefined);
    try {
      const r = await reject(v);
      if (r.ok) return onDone();
      setFailure(r.message);
      onFailure({ code: r.code, message: r.message });
    } catch {
      setFailure(NETWORK_FAILURE.message);
      onFailure(NETWORK_FAILURE);
    }
  });
  const reason = useWatch({ control, name: "reason" }) ?? "";
  const err = errors.reason?.message;
  return (
    <form
      noValidate
      className="stack"
      aria-labelledby={`${uid}-t`}
      onSubmit={(e) => {
        setValue("expectedVersion", version());
        void submit(e);
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
    </form>
  );
}
