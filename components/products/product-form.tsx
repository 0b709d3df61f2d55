"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import { localizedZodResolver } from "@/lib/i18n/zod-resolver";
import {
  PRODUCT_CATEGORIES,
  ZProductInput,
  type TProductForm,
  type TProductInput,
} from "@/lib/products/schema";
import { createProduct, updateProduct } from "@/app/(site)/(manufacturer)/products/actions";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { CheckboxField, SelectField, TextAreaField } from "@/components/products/form-fields";

type Props = { mode: "create" } | { mode: "edit"; productId: string; defaults: DefaultValues<TProductForm> };

const EMPTY: DefaultValues<TProductForm> = {
  modelName: "",
  modelNumber: "",
  hardwareVersion: "",
  firmwareVersion: "",
  category: undefined,
  description: "",
  supportPeriodEnd: "",
  updatesAutomatic: false,
  defaultCredentials: "",
  vulnDisclosureUrl: "",
  privacyPolicyUrl: "",
};

// A fieldset's default min-width would let long content overflow a phone screen.
const FIELDSET = { margin: 0, minWidth: 0 } as const;
const LEGEND = { fontWeight: 700, padding: "0 0.4rem", marginLeft: "-0.4rem" } as const;

/** Create and edit a product with the same zod schema the server action parses again. */
export function ProductForm(props: Props) {
  const router = useRouter();
  const t = useTranslations("products.form");
  const tc = useTranslations("products.categories");
  const locale = useLocale();
  const [formError, setFormError] = useState<string>();
  // Stays true while the browser navigates to the saved product, so a second click cannot submit again.
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TProductForm, unknown, TProductInput>({
    resolver: localizedZodResolver(ZProductInput, locale),
    defaultValues: props.mode === "edit" ? { ...EMPTY, ...props.defaults } : EMPTY,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result =
      props.mode === "edit"
        ? await updateProduct({ ...values, id: props.productId })
        : await createProduct(values);
    if (result.ok) {
      setSaved(true);
      router.push(`/products/${result.data.id}`);
      router.refresh();
      return;
    }
    let mapped = false;
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in EMPTY) {
        setError(field as keyof TProductForm, { message: messages[0] }, { shouldFocus: !mapped });
        mapped = true;
      }
    }
    setFormError(mapped ? t("attention") : result.message);
  });

  const cancelHref = props.mode === "edit" ? `/products/${props.productId}` : "/products";
  const busy = isSubmitting || saved;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="stack"
      aria-label={props.mode === "edit" ? t("editLabel") : t("addLabel")}
    >
      <FormAlert>{formError}</FormAlert>
      <fieldset className="card stack" style={FIELDSET}>
        <legend style={LEGEND}>{t("identification")}</legend>
        <TextField
          label={t("modelName")}
          type="text"
          autoComplete="off"
          error={errors.modelName?.message}
          {...register("modelName")}
        />
        <TextField
          label={t("modelNumber")}
          type="text"
          autoComplete="off"
          hint={t("modelNumberHint")}
          error={errors.modelNumber?.message}
          {...register("modelNumber")}
        />
        <div className="grid">
          <TextField
            label={t("hardwareVersion")}
            type="text"
            autoComplete="off"
            hint={t("hardwareVersionHint")}
            error={errors.hardwareVersion?.message}
            {...register("hardwareVersion")}
          />
          <TextField
            label={t("firmwareVersion")}
            type="text"
            autoComplete="off"
            hint={t("firmwareVersionHint")}
            error={errors.firmwareVersion?.message}
            {...register("firmwareVersion")}
          />
        </div>
        <SelectField
          label={t("category")}
          hint={t("categoryHint")}
          error={errors.category?.message}
          {...register("category")}
        >
          <option value="">{t("chooseCategory")}</option>
          {PRODUCT_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {tc(c.id)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t("description")}
          hint={t("descriptionHint")}
          error={errors.description?.message}
          {...register("description")}
        />
      </fieldset>

      <fieldset className="card stack" style={FIELDSET}>
        <legend style={LEGEND}>{t("commitments")}</legend>
        <TextField
          label={t("supportEnd")}
          type="date"
          hint={t("supportEndHint")}
          error={errors.supportPeriodEnd?.message}
          {...register("supportPeriodEnd")}
        />
        <CheckboxField
          label={t("automatic")}
          hint={t("automaticHint")}
          error={errors.updatesAutomatic?.message}
          {...register("updatesAutomatic")}
        />
        <TextAreaField
          label={t("credentials")}
          hint={t("credentialsHint")}
          error={errors.defaultCredentials?.message}
          {...register("defaultCredentials")}
        />
        <TextField
          label={t("disclosure")}
          type="text"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          hint={t("disclosureHint")}
          error={errors.vulnDisclosureUrl?.message}
          {...register("vulnDisclosureUrl")}
        />
        <TextField
          label={t("privacy")}
          type="url"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="https://"
          hint={t("privacyHint")}
          error={errors.privacyPolicyUrl?.message}
          {...register("privacyPolicyUrl")}
        />
      </fieldset>

      <div className="row">
        <button className="btn" type="submit" disabled={busy}>
          {props.mode === "edit" ? t("save") : t("addSubmit")}
        </button>
        <Link href={cancelHref} className="btn btn-secondary">
          {t("cancel")}
        </Link>
      </div>
    </form>
  );
}
