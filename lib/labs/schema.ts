// Inputs about labs that the administrator manages: the accreditation printed in reports and on public pages.
import { z } from "zod";
import { ZCreateLab } from "@/lib/auth/schemas";
import { vmsg } from "@/lib/i18n/zod";
import { zId, zText } from "@/lib/validation/text";

export const ACCREDITATION_MAX = 300;

/**
 * The lab's accreditation as a reader checks it: accreditation body, number and scope, e.g. "DAkkS
 * D-PL-21377-01-00 (ISO/IEC 17025:2017), scope: cybersecurity testing of radio equipment". One line of printable
 * text: it is frozen into every label the lab issues, so control characters (NUL, line breaks…) are refused here.
 * Empty means "none recorded". The form sends what this schema gave it (null for "none") and the server parses it
 * again, so both are accepted: nullable rather than a union with null, whose failure says only "not valid" where
 * the reader needs to know why.
 */
export const ZAccreditation = zText({ max: ACCREDITATION_MAX * 2, noTrim: true })
  .nullable()
  .transform((v) => (v ?? "").trim())
  .pipe(
    z
      .string()
      .max(ACCREDITATION_MAX, vmsg("atMost", { max: ACCREDITATION_MAX }))
      .refine((v) => !/[\u0000-\u001f\u007f-\u009f]/.test(v), vmsg("controlSingleLine"))
      .refine((v) => v.isWellFormed(), vmsg("brokenUnicode")),
  )
  .transform((v) => (v === "" ? null : v));

export const ZCreateLabInput = ZCreateLab.extend({ accreditation: ZAccreditation.optional() });
export type TCreateLabInput = z.infer<typeof ZCreateLabInput>;
export type TCreateLabForm = z.input<typeof ZCreateLabInput>;

export const ZSetLabAccreditation = z.object({
  labId: zId,
  accreditation: ZAccreditation,
});
export type TSetLabAccreditation = z.infer<typeof ZSetLabAccreditation>;
export type TSetLabAccreditationForm = z.input<typeof ZSetLabAccreditation>;
