import type { DefaultValues } from "react-hook-form";
import { PRODUCT_CATEGORIES, type TProductForm } from "@/lib/products/schema";

type StoredProduct = {
  modelName: string;
  modelNumber: string | null;
  hardwareVersion: string;
  firmwareVersion: string;
  category: string;
  description: string | null;
  supportPeriodEnd: Date;
  updatesAutomatic: boolean;
  defaultCredentials: string | null;
  vulnDisclosureUrl: string | null;
  privacyPolicyUrl: string | null;
};

/** A stored product as the form's values (empty strings for unset optional fields). */
export function productFormDefaults(p: StoredProduct): DefaultValues<TProductForm> {
  return {
    modelName: p.modelName,
    modelNumber: p.modelNumber ?? "",
    hardwareVersion: p.hardwareVersion,
    firmwareVersion: p.firmwareVersion,
    // An unknown stored category leaves the select on "Choose…" rather than submitting a value the schema refuses.
    category: PRODUCT_CATEGORIES.find((c) => c.id === p.category)?.id,
    description: p.description ?? "",
    supportPeriodEnd: p.supportPeriodEnd.toISOString().slice(0, 10),
    updatesAutomatic: p.updatesAutomatic,
    defaultCredentials: p.defaultCredentials ?? "",
    // Stored as mailto:<address> (lib/products/schema.ts); the form shows the address as the user typed it.
    vulnDisclosureUrl: p.vulnDisclosureUrl?.replace(/^mailto:/i, "") ?? "",
    privacyPolicyUrl: p.privacyPolicyUrl ?? "",
  };
}
