import type { Role } from "@/lib/generated/prisma/enums";

export const MANUFACTURER: readonly Role[] = ["MANUFACTURER_MEMBER"];
export const REVIEWER: readonly Role[] = ["LAB_REVIEWER"];
export const ADMIN: readonly Role[] = ["ADMIN"];
export const ANY_ROLE: readonly Role[] = ["MANUFACTURER_MEMBER", "LAB_REVIEWER", "ADMIN"];

export const ROLE_LABEL: Record<Role, string> = {
  MANUFACTURER_MEMBER: "Manufacturer",
  LAB_REVIEWER: "Lab reviewer",
  ADMIN: "Administrator",
};

/** Where each role lands after signing in. */
export function homeFor(role: Role): string {
  if (role === "LAB_REVIEWER") return "/review";
  if (role === "ADMIN") return "/admin";
  return "/dashboard";
}
