"use server";

import { revalidatePath } from "next/cache";
import { chooseLocale } from "@/lib/i18n/set-locale";

/** The header's language switch (a plain form, so it works without JavaScript). */
export async function switchLanguage(form: FormData): Promise<void> {
  const result = await chooseLocale(form);
  if (result.ok) revalidatePath("/", "layout");
}
