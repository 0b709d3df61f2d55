"use server";

import { revalidatePath } from "next/cache";
import { markAllReadAction } from "@/lib/actions/notifications";
import { invoke } from "@/lib/auth/invoke";

export async function markAllRead(): Promise<void> {
  const result = await invoke(markAllReadAction, {});
  // The header's unread count is in the layout of every page.
  if (result.ok) revalidatePath("/", "layout");
}
