"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { ZSignIn } from "@/lib/auth/schemas";
import { redirectPathOr } from "@/lib/http/redirect";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";

const MESSAGES: Record<string, string> = {
  RateLimited: "Too many failed sign-in attempts. Wait 15 minutes and try again.",
  CredentialsSignin: "That e-mail and password do not match an account.",
  SignInUnavailable: "Signing in is unavailable right now. Please try again shortly.",
};

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | undefined>(
    initialError ? (MESSAGES[initialError] ?? MESSAGES.CredentialsSignin) : undefined,
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ZSignIn), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const res = await signIn("credentials", { ...values, redirect: false });
    if (!res || res.error) {
      setFormError(MESSAGES[res?.error ?? ""] ?? MESSAGES.CredentialsSignin);
      return;
    }
    // Checked again here: the prop comes from the URL, and the browser is the one that follows it.
    router.replace(redirectPathOr(callbackUrl, "/after-sign-in", window.location.origin));
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack" aria-label="Sign in">
      <FormAlert>{formError}</FormAlert>
      <TextField
        label="E-mail"
        type="email"
        autoComplete="email"
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <button className="btn" type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
