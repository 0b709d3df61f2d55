"use server";

import { redirect } from "next/navigation";
import { changePasswordAction, endOtherSessionsAction } from "@/lib/actions/account";
import { invoke } from "@/lib/auth/invoke";

/** Plain form posts (work without JavaScript); the result is shown on /account. */
export async function changePassword(formData: FormData) {
  const form = formData instanceof FormData ? formData : null;
  const result = await invoke(changePasswordAction, {
    currentPassword: form?.get("currentPassword"),
    newPassword: form?.get("newPassword"),
  });
  if (!result.ok) {
    const field = Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.message;
    redirect(`/account?error=${encodeURIComponent(field)}`);
  }
  redirect(`/account?changed=${result.data.endedSessions}`);
}

export async function endOtherSessions() {
  const result = await invoke(endOtherSessionsAction, {});
  redirect(
    result.ok
      ? `/account?ended=${result.data.endedSessions}`
      : `/account?error=${encodeURIComponent(result.message)}`,
  );
}
