"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { localizedZodResolver } from "@/lib/i18n/zod-resolver";
import { useRouter } from "next/navigation";
import { ZStartAssessment, type TStartAssessment } from "@/lib/assessments/schema";
import { startAssessment } from "@/app/(site)/(manufacturer)/assessments/actions";
import { FormAlert } from "@/components/ui/form-alert";

type Props = {
  productId: string;
  labs: { id: string; name: string; country: string | null }[];
  schemes: { id: TStartAssessment["targetSchemes"][number]; name: string; note: string }[];
};

export function StartAssessmentForm({ productId, labs, schemes }: Props) {
  const router = useRouter();
  const t = useTranslations("assessments.start");
  const locale = useLocale();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: localizedZodResolver(ZStartAssessment, locale),
    defaultValues: { productId, labId: labs[0]?.id ?? "", targetSchemes: schemes.map((s) => s.id) },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await startAssessment(values);
    if (!result.ok) {
      setFormError(result.message);
      return;
    }
    router.push(`/assessments/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t("formLabel")}>
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" {...register("productId")} />
      <fieldset className="field" aria-describedby={errors.targetSchemes ? "schemes-error" : undefined}>
        <legend>{t("schemes")}</legend>
        {schemes.map((s) => (
          <label
            key={s.id}
            className="row"
            style={{ alignItems: "flex-start", gap: "0.5rem", fontWeight: 400 }}
          >
            <input
              type="checkbox"
              value={s.id}
              {...register("targetSchemes")}
              style={{ marginTop: "0.35rem" }}
            />
            <span>
              <strong>{s.name}</strong>
              <br />
              <span className="muted small">{s.note}</span>
            </span>
          </label>
        ))}
        {errors.targetSchemes ? (
          <span id="schemes-error" className="error">
            {errors.targetSchemes.message}
          </span>
        ) : null}
      </fieldset>
      {labs.length === 0 ? (
        <div className="alert alert-warn" role="status">
          {t("noLab")}
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="start-lab">{t("lab")}</label>
        <span className="hint" id="start-lab-hint">
          {t("labHint")}
        </span>
        <select
          id="start-lab"
          aria-invalid={errors.labId ? true : undefined}
          aria-describedby="start-lab-hint"
          {...register("labId")}
        >
          {labs.map((l) => (
            <option key={l.id} value={l.id}>
              {l.country ? t("labCountry", { name: l.name, country: l.country }) : l.name}
            </option>
          ))}
        </select>
        {errors.labId ? <span className="error">{errors.labId.message}</span> : null}
      </div>
      <button className="btn" type="submit" disabled={isSubmitting || labs.length === 0}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
