"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { endUserSessionsAction, setReviewerDisabledAction } from "@/lib/actions/admin-users";
import { invoke } from "@/lib/auth/invoke";

/** A plain form post (works without JavaScript): disables or re-enables a lab reviewer. */
export async function setReviewerDisabled(formData: FormData) {
  // Called by hand with anything but a form, the guard answers (401/403/400), not a TypeError (issue 11: 500).
  const form = formData instanceof FormData ? formData : null;
  const result = await invoke(setReviewerDisabledAction, {
    userId: form?.get("userId"),
    disabled: form?.get("disabled") === "1",
  });
  revalidatePath("/admin");
  if (!result.ok) redirect(`/admin?reviewerError=${encodeURIComponent(result.code)}`);
}

/** A plain form post: ends every session of a user ("sign out everywhere"). */
export async function endUserSessions(formData: FormData) {
  const form = formData instanceof FormData ? formData : null;
  const result = await invoke(endUserSessionsAction, { userId: form?.get("userId") });
  revalidatePath("/admin");
  redirect(
    result.ok
      ? `/admin?sessionsEnded=${result.data.endedSessions}`
      : `/admin?reviewerError=${encodeURIComponent(result.code)}`,
  );
}
