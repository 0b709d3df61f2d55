"use server";

import { revalidatePath } from "next/cache";
import { retryMailAction } from "@/lib/actions/notifications";
import { invoke } from "@/lib/auth/invoke";

export async function retryMail(formData: FormData): Promise<void> {
  const result = await invoke(retryMailAction, { id: formData.get("id") });
  if (result.ok) revalidatePath("/admin/outbox");
}
