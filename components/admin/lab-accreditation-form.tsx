"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import {
  ZSetLabAccreditation,
  type TSetLabAccreditation,
  type TSetLabAccreditationForm,
} from "@/lib/labs/schema";
import { setLabAccreditation } from "@/app/(site)/(admin)/admin/actions";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

/** Edits a lab's accreditation; labels already issued keep the one frozen into them at approval. */
export function LabAccreditationForm({
  lab,
}: {
  lab: { id: string; name: string; accreditation: string | null };
}) {
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<TSetLabAccreditationForm, unknown, TSetLabAccreditation>({
    resolver: zodResolver(ZSetLabAccreditation),
    defaultValues: { labId: lab.id, accreditation: lab.accreditation ?? "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await setLabAccreditation(values);
    if (result.ok) {
      setMessage({
        kind: "ok",
        text: result.data.accreditation
          ? "Accreditation saved. Labels issued from now on carry it."
          : "Accreditation removed. Labels issued from now on say none is recorded.",
      });
      reset({ labId: lab.id, accreditation: result.data.accreditation ?? "" });
    } else setMessage({ kind: "error", text: result.message });
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="stack"
      style={{ gap: "0.5rem" }}
      aria-label={`Accreditation of ${lab.name}`}
    >
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <input type="hidden" {...register("labId")} />
      <TextField
        label="Accreditation"
        hint="Body, number and scope. Leave empty if none."
        error={errors.accreditation?.message}
        {...register("accreditation")}
      />
      <div>
        <button className="btn btn-secondary small-btn" type="submit" disabled={isSubmitting || !isDirty}>
          Save accreditation
        </button>
      </div>
    </form>
  );
}
