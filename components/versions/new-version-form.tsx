"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { z } from "zod";
import { ZReassess } from "@/lib/versions/schema";
import { reassessProduct } from "@/app/(site)/(manufacturer)/products/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { localizedZodResolver } from "@/lib/i18n/zod-resolver";

type Props = {
  productId: string;
  firmwareVersion: string;
  hardwareVersion: string;
  models: { id: string; modelName: string; sku: string | null }[];
};

type TForm = z.input<typeof ZReassess>;

/** "Assess a new version": the version, what changed, and the family models the new label is to cover. */
export function NewVersionForm({ productId, firmwareVersion, hardwareVersion, models }: Props) {
  const t = useTranslations("versions.form");
  const locale = useLocale();
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TForm>({
    resolver: localizedZodResolver(ZReassess, locale),
    defaultValues: {
      productId,
      firmwareVersion,
      hardwareVersion,
      releaseNotes: "",
      modelIds: models.map((m) => m.id),
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await reassessProduct(values);
    if (!result.ok) {
      for (const [k, v] of Object.entries(result.fieldErrors ?? {}))
        if (v?.[0]) setError(k as keyof TForm, { message: v[0] });
      setFormError(result.message);
      return;
    }
    router.push(`/assessments/${result.data.id}`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t("name")}>
      <FormAlert>{formError}</FormAlert>
      <input type="hidden" {...register("productId")} />
      <div className="row" style={{ gap: "0.75rem" }}>
        <label className="field" style={{ flex: "1 1 200px", margin: 0 }}>
          <span>{t("firmware")}</span>
          <input
            {...register("firmwareVersion")}
            aria-invalid={errors.firmwareVersion ? true : undefined}
            aria-describedby={errors.firmwareVersion ? "fw-error" : undefined}
          />
          {errors.firmwareVersion ? (
            <span id="fw-error" className="error">
              {errors.firmwareVersion.message}
            </span>
          ) : null}
        </label>
        <label className="field" style={{ flex: "1 1 200px", margin: 0 }}>
          <span>{t("hardware")}</span>
          <input
            {...register("hardwareVersion")}
            aria-invalid={errors.hardwareVersion ? true : undefined}
            aria-describedby={errors.hardwareVersion ? "hw-error" : undefined}
          />
          {errors.hardwareVersion ? (
            <span id="hw-error" className="error">
              {errors.hardwareVersion.message}
            </span>
          ) : null}
        </label>
      </div>
      <label className="field" style={{ margin: 0 }}>
        <span>{t("releaseNotes")}</span>
        <textarea rows={3} {...register("releaseNotes")} />
      </label>
      <fieldset className="field" style={{ margin: 0 }}>
        <legend>{t("models")}</legend>
        {models.map((m) => (
          <label key={m.id} className="row" style={{ gap: "0.5rem", fontWeight: 400 }}>
            <input type="checkbox" value={m.id} {...register("modelIds")} />
            <span>
              {m.modelName}
              {m.sku ? <span className="muted">{t("sku", { sku: m.sku })}</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="row">
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? t("starting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
