"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ZSignUp, type TSignUpForm } from "@/lib/auth/schemas";
import { localizedZodResolver } from "@/lib/i18n/zod-resolver";
import { signUpAction } from "@/app/(site)/(auth)/signup/actions";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

export function SignUpForm() {
  const router = useRouter();
  const t = useTranslations("auth.signUp");
  const locale = useLocale();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: localizedZodResolver(ZSignUp, locale),
    defaultValues: { name: "", email: "", password: "", organizationName: "" } satisfies TSignUpForm,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signUpAction(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (field in values) setError(field as keyof TSignUpForm, { message: messages[0] });
      }
      setFormError(result.message);
      return;
    }
    const res = await signIn("credentials", {
      email: values.email,
      password: values.password,
      redirect: false,
    });
    if (!res || res.error) {
      router.replace("/signin");
      return;
    }
    router.replace("/dashboard");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t("metaTitle")}>
      <FormAlert>{formError}</FormAlert>
      <TextField label={t("name")} autoComplete="name" error={errors.name?.message} {...register("name")} />
      <TextField
        label={t("company")}
        autoComplete="organization"
        error={errors.organizationName?.message}
        {...register("organizationName")}
      />
      <TextField
        label={t("email")}
        type="email"
        autoComplete="email"
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
      <button className="btn" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
