"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import {
  ZSetLabAccreditation,
  type TSetLabAccreditation,
  type TSetLabAccreditationForm,
} from "@/lib/labs/schema";
import { localizedZodResolver } from "@/lib/i18n/zod-resolver";
import { setLabAccreditation } from "@/app/(site)/(admin)/admin/actions";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

/** Edits a lab's accreditation; labels already issued keep the one frozen into them at approval. */
export function LabAccreditationForm({
  lab,
}: {
  lab: { id: string; name: string; accreditation: string | null };
}) {
  const t = useTranslations("admin.accreditation");
  const locale = useLocale();
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string }>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<TSetLabAccreditationForm, unknown, TSetLabAccreditation>({
    resolver: localizedZodResolver(ZSetLabAccreditation, locale),
    defaultValues: { labId: lab.id, accreditation: lab.accreditation ?? "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    const result = await setLabAccreditation(values);
    if (result.ok) {
      setMessage({ kind: "ok", text: result.data.accreditation ? t("saved") : t("removed") });
      reset({ labId: lab.id, accreditation: result.data.accreditation ?? "" });
    } else setMessage({ kind: "error", text: result.message });
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="stack"
      style={{ gap: "0.5rem" }}
      aria-label={t("form", { lab: lab.name })}
    >
      <FormAlert kind={message?.kind}>{message?.text}</FormAlert>
      <input type="hidden" {...register("labId")} />
      <TextField
        label={t("label")}
        hint={t("hint")}
        error={errors.accreditation?.message}
        {...register("accreditation")}
      />
      <div>
        <button className="btn btn-secondary small-btn" type="submit" disabled={isSubmitting || !isDirty}>
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
