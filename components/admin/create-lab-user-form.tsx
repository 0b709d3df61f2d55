"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ZCreateLabUser, type TCreateLabUserForm } from "@/lib/auth/schemas";
import { createLabUser } from "@/app/(site)/(admin)/admin/actions";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function CreateLabUserForm({ labs }: { labs: { id: string; name: string }[] }) {
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(ZCreateLabUser),
    defaultValues: {
      labId: labs[0]?.id ?? "",
      name: "",
      email: "",
      password: "",
    } satisfies TCreateLabUserForm,
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await createLabUser(values);
    if (result.ok) {
      setMessage({
        kind: "ok",
        text: `Reviewer ${result.data.email} created. Share the password with them securely.`,
      });
      reset({ ...values, name: "", email: "", password: "" });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in values) setError(field as keyof TCreateLabUserForm, { message: messages[0] });
    }
    setMessage({ kind: "error", text: result.message });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Create a lab reviewer">
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <div className="field">
        <label htmlFor="lab-user-lab">Lab</label>
        <select id="lab-user-lab" aria-invalid={errors.labId ? true : undefined} {...register("labId")}>
          {labs.map((lab) => (
            <option key={lab.id} value={lab.id}>
              {lab.name}
            </option>
          ))}
        </select>
        {errors.labId ? <span className="error">{errors.labId.message}</span> : null}
      </div>
      <TextField label="Name" error={errors.name?.message} {...register("name")} />
      <TextField
        label="E-mail"
        type="email"
        autoComplete="off"
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
        error={errors.password?.message}
        {...register("password")}
      />
      <button className="btn" type="submit" disabled={isSubmitting || labs.length === 0}>
        Create reviewer
      </button>
    </form>
  );
}
