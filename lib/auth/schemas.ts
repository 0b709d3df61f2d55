// One schema per input, shared by the react-hook-form resolver and the server, which always parses again.
import { z } from "zod";
import { vmsg } from "@/lib/i18n/zod";
import { zText, zId } from "@/lib/validation/text";

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

export const ZEmail = zText({ max: 254 })
  .pipe(z.string().max(254, vmsg("emailTooLong")))
  .pipe(z.email(vmsg("email")))
  .transform((v) => v.toLowerCase());

export const ZNewPassword = zText({ max: 128, noTrim: true })
  .pipe(z.string().min(12, vmsg("passwordMin")).max(128, vmsg("passwordMax")))
  .refine((p) => new Set(p).size >= 5, vmsg("passwordRepetitive"))
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), vmsg("passwordCommon"));

export const ZPersonName = zText({ min: 1, max: 100, minMessage: vmsg("enterName") });
export const ZOrgName = zText({ min: 2, max: 120, minMessage: vmsg("orgMin") });

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
  password: zText({ min: 1, max: 128, noTrim: true, minMessage: vmsg("enterPassword") }),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZCreateLab = z.object({
  name: ZOrgName,
  country: zText({ max: 80 }).optional(),
});
export type TCreateLab = z.infer<typeof ZCreateLab>;

export const ZCreateLabUser = z.object({
  labId: zId,
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
});
export type TCreateLabUser = z.infer<typeof ZCreateLabUser>;
export type TCreateLabUserForm = z.input<typeof ZCreateLabUser>;
