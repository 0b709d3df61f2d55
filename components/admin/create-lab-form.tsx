"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { ZCreateLabInput, type TCreateLabForm, type TCreateLabInput } from "@/lib/labs/schema";
import { localizedZodResolver } from "@/lib/i18n/zod-resolver";
import { createLab } from "@/app/(site)/(admin)/admin/actions";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function CreateLabForm() {
  const t = useTranslations("admin.createLab");
  const locale = useLocale();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<TCreateLabForm, unknown, TCreateLabInput>({
    resolver: localizedZodResolver(ZCreateLabInput, locale),
    defaultValues: { name: "", country: "", accreditation: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    const result = await createLab(values);
    if (result.ok) {
      setMessage({ kind: "ok", text: t("created", { name: result.data.name }) });
      reset();
    } else setMessage({ kind: "error", text: result.message });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t("form")}>
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <TextField label={t("name")} error={errors.name?.message} {...register("name")} />
      <TextField label={t("country")} error={errors.country?.message} {...register("country")} />
      <TextField
        label={t("accreditation")}
        hint={t("accreditationHint")}
        error={errors.accreditation?.message}
        {...register("accreditation")}
      />
      <button className="btn" type="submit" disabled={isSubmitting}>
        {t("submit")}
      </button>
    </form>
  );
}
