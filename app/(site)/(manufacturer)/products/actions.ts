"use server";

import { revalidatePath } from "next/cache";
import {
  addModelAction,
  archiveModelAction,
  archiveProductAction,
  createProductAction,
  reassessAction,
  updateProductAction,
} from "@/lib/actions/products";
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

export async function reassessProduct(raw: unknown) {
  const result = await invoke(reassessAction, raw);
  if (result.ok) refresh(result.data.productId);
  return result;
}

export async function addProductModel(raw: unknown) {
  const result = await invoke(addModelAction, raw);
  if (result.ok) refresh(result.data.productId);
  return result;
}

export async function archiveProductModel(raw: unknown) {
  const result = await invoke(archiveModelAction, raw);
  if (result.ok) refresh(result.data.productId);
  return result;
}
