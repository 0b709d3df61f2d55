// Reading the public verification form (PDF upload or pasted digest) from an already size-limited body.
import { z } from "zod";
import { formDataFromBytes } from "@/lib/http/body";
import {
  looksLikePdf,
  normalizeDigest,
  sha256,
  verifyPastedDigest,
  verifyReportPdf,
  type TReportCheck,
  type TVerifiableLabel,
} from "./verify-report";
import { zText } from "@/lib/validation/text";

export type TVerifyError = "not_pdf" | "too_large" | "empty" | "malformed_digest" | "bad_request";

/** `hash` is what the result page re-checks: the SHA-256 of the uploaded file, or the pasted digest. */
export type TVerifyOutcome =
  { kind: "checked"; hash: string; result: TReportCheck } | { kind: "error"; error: TVerifyError };

const ZFields = z.object({
  digest: zText({ max: 200 }).optional(),
  lang: zText({ max: 10 }).optional(),
});

export async function readVerifyForm(
  label: TVerifiableLabel,
  contentType: string | null,
  body: Uint8Array,
): Promise<{ outcome: TVerifyOutcome; lang: string | undefined }> {
  const type = (contentType ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data") && !type.startsWith("application/x-www-form-urlencoded"))
    return { outcome: { kind: "error", error: "bad_request" }, lang: undefined };
  let form: FormData;
  try {
    form = await formDataFromBytes(contentType ?? "", body);
  } catch {
    return { outcome: { kind: "error", error: "bad_request" }, lang: undefined };
  }
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const fields = ZFields.safeParse({ digest: text("digest"), lang: text("lang") });
  if (!fields.success) return { outcome: { kind: "error", error: "bad_request" }, lang: undefined };
  const { digest, lang } = fields.data;

  const file = form.get("file");
  if (file !== null && typeof file !== "string" && file.size > 0) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!looksLikePdf(bytes)) return { outcome: { kind: "error", error: "not_pdf" }, lang };
    return {
      outcome: { kind: "checked", hash: sha256(bytes), result: await verifyReportPdf(label, bytes) },
      lang,
    };
  }
  if (digest === undefined || digest.trim() === "")
    return { outcome: { kind: "error", error: "empty" }, lang };
  const normalized = normalizeDigest(digest);
  if (normalized === null) return { outcome: { kind: "error", error: "malformed_digest" }, lang };
  return {
    outcome: { kind: "checked", hash: normalized, result: await verifyPastedDigest(label, normalized) },
    lang,
  };
}
