"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { ZSignIn } from "@/lib/auth/schemas";
import { localizedZodResolver } from "@/lib/i18n/zod-resolver";
import { redirectPathOr } from "@/lib/http/redirect";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

type TSignInT = ReturnType<typeof useTranslations<"auth.signIn">>;

/** "RateLimited:120" → a sentence with the wait; other codes → their message; never a raw code. */
function signInMessage(code: string | null | undefined, t: TSignInT): string {
  const [name = "", seconds] = (code ?? "").split(":");
  if (name === "RateLimited" && seconds && /^\d{1,6}$/.test(seconds)) {
    const s = Number(seconds);
    return s < 60
      ? t("rateLimitedWait", { unit: "second", n: s })
      : t("rateLimitedWait", { unit: "minute", n: Math.ceil(s / 60) });
  }
  if (name === "RateLimited") return t("rateLimited");
  if (name === "SignInUnavailable") return t("unavailable");
  return t("wrongCredentials");
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const t = useTranslations("auth.signIn");
  const locale = useLocale();
  const [formError, setFormError] = useState<string | undefined>(
    initialError ? signInMessage(initialError, t) : undefined,
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: localizedZodResolver(ZSignIn, locale),
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      setFormError(signInMessage(res?.error, t));
      return;
    }
    // Checked again here: the prop comes from the URL, and the browser is the one that follows it.
    router.replace(redirectPathOr(callbackUrl, "/after-sign-in", window.location.origin));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label={t("title")}>
      <FormAlert>{formError}</FormAlert>
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
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <button className="btn" type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
