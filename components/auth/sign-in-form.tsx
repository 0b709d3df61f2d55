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
  RateLimited:
    "Too many failed sign-in attempts for this account. Wait a few minutes and try again; a browser you have signed in with before is not held back.",
  CredentialsSignin: "That e-mail and password do not match an account.",
  SignInUnavailable: "Signing in is unavailable right now. Please try again shortly.",
};

/** "RateLimited:120" → a sentence with the wait; other codes → their message; never a raw code. */
function signInMessage(code: string | null | undefined): string {
  const [name = "", seconds] = (code ?? "").split(":");
  if (name === "RateLimited" && seconds && /^\d{1,6}$/.test(seconds)) {
    const s = Number(seconds);
    const wait = s < 60 ? `${s} seconds` : `${Math.ceil(s / 60)} minute${Math.ceil(s / 60) === 1 ? "" : "s"}`;
    return `Too many failed sign-in attempts for this account. Try again in ${wait}; a browser you have signed in with before is not held back.`;
  }
  return MESSAGES[name] ?? MESSAGES.CredentialsSignin ?? "";
}

export function SignInForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | undefined>(
    initialError ? signInMessage(initialError) : undefined,
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
      setFormError(signInMessage(res?.error));
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
