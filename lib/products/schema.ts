// The product form's schema, shared by react-hook-form and the server action.
import { z } from "zod";

export const PRODUCT_CATEGORIES = [
  { id: "smart-home-hub", label: "Smart home hub or gateway" },
  { id: "router", label: "Router, access point or mesh node" },
  { id: "camera", label: "Camera or video doorbell" },
  { id: "smart-speaker", label: "Smart speaker or voice assistant" },
  { id: "smart-lock", label: "Smart lock or access control" },
  { id: "thermostat", label: "Thermostat, heating or climate control" },
  { id: "lighting", label: "Lighting, plug or switch" },
  { id: "appliance", label: "Connected household appliance" },
  { id: "wearable", label: "Wearable or fitness tracker" },
  { id: "toy", label: "Connected toy" },
  { id: "baby-monitor", label: "Baby monitor or childcare device" },
  { id: "health", label: "Health or personal care device" },
  { id: "payment", label: "Payment or vending device" },
  { id: "sensor", label: "Sensor or alarm" },
  { id: "other", label: "Other connected product" },
] as const;

export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]["id"];
const categoryIds = PRODUCT_CATEGORIES.map((c) => c.id) as [ProductCategory, ...ProductCategory[]];

export function categoryLabel(id: string): string {
  return PRODUCT_CATEGORIES.find((c) => c.id === id)?.label ?? id;
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

// A link a consumer will follow from a public page: http(s) only, never javascript: or data:.
const optionalLink = z
  .string()
  .trim()
  .max(500, "At most 500 characters.")
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || /^https?:\/\/[^\s]+$/i.test(v) || /^mailto:[^\s@]+@[^\s@]+$/i.test(v), {
    message: "Enter a web address starting with https:// (or a mailto: address).",
  });

export const ZProductInput = z.object({
  modelName: z.string().trim().min(1, "Enter the model name.").max(120, "At most 120 characters."),
  modelNumber: optionalText(80),
  hardwareVersion: z.string().trim().min(1, "Enter the hardware version.").max(60, "At most 60 characters."),
  firmwareVersion: z.string().trim().min(1, "Enter the firmware version.").max(60, "At most 60 characters."),
  category: z.enum(categoryIds, { message: "Choose a category." }),
  description: optionalText(2000),
  supportPeriodEnd: z.iso.date("Enter a date (YYYY-MM-DD)."),
  updatesAutomatic: z.boolean(),
  defaultCredentials: optionalText(1000),
  vulnDisclosureUrl: optionalLink,
  privacyPolicyUrl: optionalLink,
});
export type TProductInput = z.infer<typeof ZProductInput>;
export type TProductForm = z.input<typeof ZProductInput>;
