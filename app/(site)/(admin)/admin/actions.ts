"use server";

import { revalidatePath } from "next/cache";
import { createLabAction, createLabUserAction, setLabAccreditationAction } from "@/lib/actions/admin";
import { invoke } from "@/lib/auth/invoke";

export async function createLab(raw: unknown) {
  const result = await invoke(createLabAction, raw);
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function createLabUser(raw: unknown) {
  const result = await invoke(createLabUserAction, raw);
  if (result.ok) revalidatePath("/admin");
  return result;
}

export async function setLabAccreditation(raw: unknown) {
  const result = await invoke(setLabAccreditationAction, raw);
  if (result.ok) revalidatePath("/admin");
  return result;
}
