"use client";

import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
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
  const [formError, setFormError] = useState<string>();
  // Stays true while the browser navigates to the saved product, so a second click cannot submit again.
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TProductForm, unknown, TProductInput>({
    resolver: zodResolver(ZProductInput),
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
    setFormError(mapped ? "Some fields need attention: see the messages below." : result.message);
  });

  const cancelHref = props.mode === "edit" ? `/products/${props.productId}` : "/products";
  const busy = isSubmitting || saved;

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="stack"
      aria-label={props.mode === "edit" ? "Edit the product" : "Add a product"}
    >
      <FormAlert>{formError}</FormAlert>
      <fieldset className="card stack" style={FIELDSET}>
        <legend style={LEGEND}>Identification</legend>
        <TextField
          label="Model name"
          type="text"
          autoComplete="off"
          error={errors.modelName?.message}
          {...register("modelName")}
        />
        <TextField
          label="Model number (optional)"
          type="text"
          autoComplete="off"
          hint="The reference printed on the product or its packaging."
          error={errors.modelNumber?.message}
          {...register("modelNumber")}
        />
        <div className="grid">
          <TextField
            label="Hardware version"
            type="text"
            autoComplete="off"
            hint="The board or model revision."
            error={errors.hardwareVersion?.message}
            {...register("hardwareVersion")}
          />
          <TextField
            label="Firmware version"
            type="text"
            autoComplete="off"
            hint="The version you are assessing."
            error={errors.firmwareVersion?.message}
            {...register("firmwareVersion")}
          />
        </div>
        <SelectField
          label="Category"
          hint="Decides which scheme requirements apply, for example the EU standard's part or China's product catalogue."
          error={errors.category?.message}
          {...register("category")}
        >
          <option value="">Choose a category…</option>
          {PRODUCT_CATEGORIES.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label="Description (optional)"
          hint="What the product does and how it connects, in a sentence or two."
          error={errors.description?.message}
          {...register("description")}
        />
      </fieldset>

      <fieldset className="card stack" style={FIELDSET}>
        <legend style={LEGEND}>Security commitments</legend>
        <TextField
          label="Security updates until"
          type="date"
          hint="The last day you commit to ship security updates."
          error={errors.supportPeriodEnd?.message}
          {...register("supportPeriodEnd")}
        />
        <CheckboxField
          label="Security updates install automatically"
          hint="Leave unticked if the user has to start each update."
          error={errors.updatesAutomatic?.message}
          {...register("updatesAutomatic")}
        />
        <TextAreaField
          label="How to change the default credentials (optional)"
          hint="What a consumer does to replace a default password, or why there is none."
          error={errors.defaultCredentials?.message}
          {...register("defaultCredentials")}
        />
        <TextField
          label="Vulnerability disclosure contact (optional)"
          type="text"
          inputMode="email"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          hint="A https:// page of your disclosure policy, or an e-mail address such as security@example.com."
          error={errors.vulnDisclosureUrl?.message}
          {...register("vulnDisclosureUrl")}
        />
        <TextField
          label="Privacy policy (optional)"
          type="url"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="https://"
          hint="A secure web address starting with https://."
          error={errors.privacyPolicyUrl?.message}
          {...register("privacyPolicyUrl")}
        />
      </fieldset>

      <div className="row">
        <button className="btn" type="submit" disabled={busy}>
          {props.mode === "edit" ? "Save changes" : "Add product"}
        </button>
        <Link href={cancelHref} className="btn btn-secondary">
          Cancel
        </Link>
      </div>
    </form>
  );
}
