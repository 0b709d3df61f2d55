// One schema per input, shared by the react-hook-form resolver and the server, which always parses again.
import { z } from "zod";

const COMMON_PASSWORDS = new Set([
  "password1234",
  "123456789012",
  "qwertyuiop12",
  "passwordpassword",
  "iloveyou1234",
  "administrator",
  "letmein12345",
  "welcome12345",
  "changeme1234",
]);

export const ZEmail = z
  .string()
  .trim()
  .max(254, "E-mail addresses are at most 254 characters.")
  .pipe(z.email("Enter a valid e-mail address."))
  .transform((v) => v.toLowerCase());

export const ZNewPassword = z
  .string()
  .min(12, "Use at least 12 characters.")
  .max(128, "Use at most 128 characters.")
  .refine((p) => new Set(p).size >= 5, "This password is too repetitive.")
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), "This password is too common.");

export const ZPersonName = z.string().trim().min(1, "Enter your name.").max(100, "At most 100 characters.");
export const ZOrgName = z
  .string()
  .trim()
  .min(2, "At least 2 characters.")
  .max(120, "At most 120 characters.");

export const ZSignUp = z.object({
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
  organizationName: ZOrgName,
});
export type TSignUp = z.infer<typeof ZSignUp>;
export type TSignUpForm = z.input<typeof ZSignUp>;

export const ZSignIn = z.object({
  email: ZEmail,
  password: z.string().min(1, "Enter your password.").max(128, "At most 128 characters."),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZCreateLab = z.object({
  name: ZOrgName,
  country: z.string().trim().max(80, "At most 80 characters.").optional(),
});
export type TCreateLab = z.infer<typeof ZCreateLab>;

export const ZCreateLabUser = z.object({
  labId: z.string().min(1, "Choose a lab.").max(40),
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
});
export type TCreateLabUser = z.infer<typeof ZCreateLabUser>;
export type TCreateLabUserForm = z.input<typeof ZCreateLabUser>;
