"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZCreateLabInput, type TCreateLabForm, type TCreateLabInput } from "@/lib/labs/schema";
import { createLab } from "@/app/(site)/(admin)/admin/actions";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function CreateLabForm() {
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TCreateLabForm, unknown, TCreateLabInput>({
    resolver: zodResolver(ZCreateLabInput),
    defaultValues: { name: "", country: "", accreditation: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await createLab(values);
    if (result.ok) {
      setMessage({ kind: "ok", text: `Lab “${result.data.name}” created.` });
      reset();
    } else setMessage({ kind: "error", text: result.message });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Create a lab">
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <TextField label="Lab name" error={errors.name?.message} {...register("name")} />
      <TextField label="Country" error={errors.country?.message} {...register("country")} />
      <TextField
        label="Accreditation (optional)"
        hint="Body, number and scope, e.g. “DAkkS D-PL-12345-01-00 (ISO/IEC 17025:2017), IoT security testing”. Printed in reports and on public pages of the labels it issues."
        error={errors.accreditation?.message}
        {...register("accreditation")}
      />
      <button className="btn" type="submit" disabled={isSubmitting}>
        Create lab
      </button>
    </form>
  );
}
