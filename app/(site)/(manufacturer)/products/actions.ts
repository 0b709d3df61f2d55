"use server";

import { revalidatePath } from "next/cache";
import { archiveProductAction, createProductAction, updateProductAction } from "@/lib/actions/products";
import { invoke } from "@/lib/auth/invoke";

function refresh(id?: string) {
  revalidatePath("/products");
  revalidatePath("/dashboard");
  if (id) revalidatePath(`/products/${id}`);
}

export async function createProduct(raw: unknown) {
  const result = await invoke(createProductAction, raw);
  if (result.ok) refresh(result.data.id);
  return result;
}

export async function updateProduct(raw: unknown) {
  const result = await invoke(updateProductAction, raw);
  if (result.ok) refresh(result.data.id);
  return result;
}

export async function archiveProduct(raw: unknown) {
  const result = await invoke(archiveProductAction, raw);
  if (result.ok) refresh(result.data.id);
  return result;
}
