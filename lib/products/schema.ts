// The product form's schema, shared by react-hook-form and the server action.
import { z } from "zod";
import { vmsg } from "@/lib/i18n/zod";
import { zText } from "@/lib/validation/text";

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
  zText({ max, multiline: max > 200 })
    .optional()
    .transform((v) => (v ? v : undefined));

const optionalTrimmed = zText({ max: 500 })
  .optional()
  .transform((v) => (v ? v : undefined));

/** A https:// address with a host, no spaces (URL() alone would accept "https:foo"). */
function isHttpsUrl(v: string): boolean {
  if (!/^https:\/\/[^\s/?#]+[^\s]*$/i.test(v)) return false;
  try {
    const u = new URL(v);
    return u.protocol === "https:" && u.hostname.includes(".") && !u.username && !u.password;
  } catch {
    return false;
  }
}

// One plain address: local part and a domain with a dot; no spaces, no second "@", no mailto query (?subject=…).
const EMAIL =
  /^[^\s@?<>()[\]\\,;:"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/**
 * A page a consumer opens from the public page: https only. A plain http:// page can be altered on the way, and
 * the form has always said "https://".
 */
const optionalHttpsLink = optionalTrimmed.refine((v) => v === undefined || isHttpsUrl(v), {
  message: vmsg("httpsOnly"),
});

/**
 * Where to report a vulnerability: a https:// page of the disclosure policy, or an e-mail address (typed plain or as
 * mailto:). Stored normalised: e-mail addresses as "mailto:<address>" with the domain in lower case, so the public
 * page links them as mailto: and the API says which kind it is.
 */
const optionalDisclosureContact = optionalTrimmed.transform((v, ctx) => {
  if (v === undefined) return undefined;
  if (isHttpsUrl(v)) return v;
  const address = v.replace(/^mailto:/i, "");
  if (EMAIL.test(address)) {
    const at = address.lastIndexOf("@");
    return `mailto:${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
  }
  ctx.addIssue({
    code: "custom",
    message: /^http:\/\//i.test(v) ? vmsg("disclosureHttp") : vmsg("disclosureInvalid"),
  });
  return z.NEVER;
});

export const ZProductInput = z.object({
  modelName: zText({ min: 1, max: 120, minMessage: vmsg("enterModelName") }),
  modelNumber: optionalText(80),
  hardwareVersion: zText({ min: 1, max: 60, minMessage: vmsg("enterHardwareVersion") }),
  firmwareVersion: zText({ min: 1, max: 60, minMessage: vmsg("enterFirmwareVersion") }),
  category: z.enum(categoryIds, { message: vmsg("chooseCategory") }),
  description: optionalText(2000),
  supportPeriodEnd: z.iso.date(vmsg("enterDate")),
  updatesAutomatic: z.boolean(),
  defaultCredentials: optionalText(1000),
  vulnDisclosureUrl: optionalDisclosureContact,
  privacyPolicyUrl: optionalHttpsLink,
});
export type TProductInput = z.infer<typeof ZProductInput>;
export type TProductForm = z.input<typeof ZProductInput>;
