// The building blocks of every input schema (lib/*/schema.ts, lib/actions/*, route handlers): text that PostgreSQL
// can store and a person can read. Plain z.string() is not used in input schemas (lib/validation/text.test.ts checks
// it): it lets NUL bytes through (PostgreSQL refuses them: a 500), lone surrogates (invalid UTF-8), control
// characters that hide text, and unbounded lengths. Each refusal names the field's rule in the message.
import { z } from "zod";
import { vmsg } from "@/lib/i18n/zod";

// C0 controls but tab/newline/carriage return, DEL, C1 controls; bidi overrides and isolates (text that reads
// backwards: "Trojan Source").
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

export type TextOptions = {
  /** Maximum length in characters, after normalisation. Required: every text has a limit. */
  max: number;
  /** Minimum length after trimming (default 0). */
  min?: number;
  /** Allows line breaks and tabs (comments, justifications). */
  multiline?: boolean;
  /** The message for a too short value (default "Enter at least N characters."), written with `vmsg`. */
  minMessage?: string;
  /** Keeps surrounding whitespace (passwords). */
  noTrim?: boolean;
};

/** Refusals shared by every text field; exported for tests. */
export function textProblem(v: string, multiline: boolean): string | null {
  if (v.includes("\u0000")) return vmsg("nul");
  if (!v.isWellFormed()) return vmsg("brokenUnicode");
  if ((multiline ? CONTROL_MULTILINE : CONTROL_SINGLE_LINE).test(v)) {
    return multiline ? vmsg("controlMultiline") : vmsg("controlSingleLine");
  }
  return null;
}

/** Text: NFC-normalised, trimmed, line breaks as \n, no NUL/control characters, within `max` characters. */
export function zText(opts: TextOptions) {
  const min = opts.min ?? 0;
  return z
    .string({ error: vmsg("enterText") })
    .max(opts.max * 4, vmsg("atMost", { max: opts.max })) // a cheap bound before normalising huge input
    .superRefine((v, ctx) => {
      const problem = textProblem(v, opts.multiline ?? false);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((v) => {
      const n = v.normalize("NFC");
      const lines = opts.multiline ? n.replace(/\r\n?/g, "\n") : n;
      return opts.noTrim ? lines : lines.trim();
    })
    .pipe(
      z
        .string()
        .min(min, opts.minMessage ?? (min === 1 ? vmsg("enterValue") : vmsg("atLeast", { min })))
        .max(opts.max, vmsg("atMost", { max: opts.max })),
    );
}

/** A record id (cuid and similar): 1-64 letters, digits, "_" or "-". */
export const zId = z.string({ error: vmsg("idRequired") }).regex(/^[A-Za-z0-9_-]{1,64}$/, vmsg("idInvalid"));

/** A catalog key (question, requirement, scheme, market): 1-100 of letters, digits and . _ : / -. */
export const zKey = z
  .string({ error: vmsg("keyRequired") })
  .regex(/^[A-Za-z0-9._:/-]{1,100}$/, vmsg("keyInvalid"));
