"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { ZCreateLabUser, type TCreateLabUserForm } from "@/lib/auth/schemas";
import { localizedZodResolver } from "@/lib/i18n/zod-resolver";
import { createLabUser } from "@/app/(site)/(admin)/admin/actions";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function CreateLabUserForm({ labs }: { labs: { id: string; name: string }[] }) {
  const t = useTranslations("admin.createReviewer");
  const locale = useLocale();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: localizedZodResolver(ZCreateLabUser, locale),
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
      setMessage({ kind: "ok", text: t("created", { email: result.data.email }) });
      reset({ ...values, name: "", email: "", password: "" });
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in values) setError(field as keyof TCreateLabUserForm, { message: messages[0] });
    }
    setMessage({ kind: "error", text: result.message });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t("form")}>
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <div className="field">
        <label htmlFor="lab-user-lab">{t("lab")}</label>
        <select id="lab-user-lab" aria-invalid={errors.labId ? true : undefined} {...register("labId")}>
          {labs.map((lab) => (
            <option key={lab.id} value={lab.id}>
              {lab.name}
            </option>
          ))}
        </select>
        {errors.labId ? <span className="error">{errors.labId.message}</span> : null}
      </div>
      <TextField label={t("name")} error={errors.name?.message} {...register("name")} />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="off"
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={errors.password?.message}
        {...register("password")}
      />
      <button className="btn" type="submit" disabled={isSubmitting || labs.length === 0}>
        {t("submit")}
      </button>
    </form>
  );
}
