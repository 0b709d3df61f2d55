"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setReviewerDisabledAction } from "@/lib/actions/admin-users";
import { invoke } from "@/lib/auth/invoke";

/** A plain form post (works without JavaScript): disables or re-enables a lab reviewer. */
export async function setReviewerDisabled(formData: FormData) {
  const result = await invoke(setReviewerDisabledAction, {
    userId: formData.get("userId"),
    disabled: formData.get("disabled") === "1",
  });
  revalidatePath("/admin");
  if (!result.ok) redirect(`/admin?reviewerError=${encodeURIComponent(result.code)}`);
}
