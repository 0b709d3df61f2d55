import { createHash } from "node:crypto";
import type { TLocale } from "@/lib/i18n/locales";
import { renderReportPdf, reportLang, REPORT_LANGS } from "@/lib/report";
import type { TLabelSnapshot } from "./snapshot-types";

/**
 * Is this PDF (or this pasted digest) the genuine report of a label?
 *
 * The report renderer is deterministic (same snapshot and signature block → same bytes), so the genuine report is
 * re-rendered from the stored snapshot and the SHA-256 of the bytes compared; no signature or metadata inside the
 * uploaded file is trusted. A pasted digest may be either the snapshot digest printed in the report (SHA-256 of the
 * canonical snapshot) or the SHA-256 of the PDF file (what `sha256sum report.pdf` prints); the answer says which.
 *
 * Rendering takes a few hundred milliseconds, so the expected PDF hash is cached per label (small LRU keyed by
 * code and digest; the inputs never change after issue). The last few rendered PDFs are kept too, for downloads.
 *
 * A report is drawn in English or Chinese from the same signed snapshot (lib/report, `lang`): both renderings carry
 * the same digest and signature, and an uploaded file matches when it is either language's genuine rendering.
 */

export type TVerifiableLabel = {
  publicCode: string;
  snapshot: TLabelSnapshot;
  digest: string;
  signature: string;
  keyId: string;
  /**
   * The check on serve (lib/labels/integrity.ts): the stored digest is the SHA-256 of the stored snapshot AND is
   * signed by a published key, and the events match the public log. Without it, a snapshot changed in the
   * database (with its digest recomputed) would re-render a changed report that "matches" a changed upload.
   */
  integrity: { ok: boolean };
};

export type TReportCheck =
  | { match: true; matched: "pdf_sha256" | "snapshot_digest" }
  | { match: false; reason: "mismatch" | "not_pdf" | "malformed_digest" | "empty" | "integrity_failed" };

export const MAX_REPORT_UPLOAD_BYTES = 20 * 1024 * 1024;

class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v); // most recently used last
    }
    return v;
  }
  set(key: string, v: V): void {
    this.map.delete(key);
    this.map.set(key, v);
    while (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }
  clear(): void {
    this.map.clear();
  }
}

const hashes = new Lru<string>(512); // 64-char strings: ~100 KB at most
const pdfs = new Lru<Buffer>(8); // a report is a few hundred KB
const inflight = new Map<string, Promise<Buffer>>();

const keyOf = (l: TVerifiableLabel, lang: TLocale) => `${l.publicCode}:${l.digest}:${l.signature}:${lang}`;

/** The languages this label's report is really drawn in (format 1 and untranslated catalogs: English only). */
export const reportLangsOf = (l: TVerifiableLabel): TLocale[] => [
  ...new Set(REPORT_LANGS.map((x) => reportLang(l.snapshot.format, l.snapshot.catalog.version, x))),
];

export const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

/** The genuine report bytes (rendered once per label while cached; concurrent callers share one render). */
export async function reportPdfFor(label: TVerifiableLabel, lang: TLocale = "en"): Promise<Buffer> {
  const key = keyOf(label, lang);
  const cached = pdfs.get(key);
  if (cached) return cached;
  const pending = inflight.get(key);
  if (pending) return pending;
  const render = renderReportPdf(
    label.snapshot,
    {
      signature: label.signature,
      digest: label.digest,
      keyId: label.keyId,
    },
    lang,
  )
    .then((pdf) => {
      pdfs.set(key, pdf);
      hashes.set(key, sha256(pdf));
      return pdf;
    })
    .finally(() => inflight.delete(key));
  inflight.set(key, render);
  return render;
}

export async function expectedReportSha256(label: TVerifiableLabel, lang: TLocale = "en"): Promise<string> {
  return hashes.get(keyOf(label, lang)) ?? sha256(await reportPdfFor(label, lang));
}

/** Is this the SHA-256 of the genuine report in any of its languages (English first, the common case)? */
async function isReportSha256(label: TVerifiableLabel, hex: string): Promise<boolean> {
  for (const lang of reportLangsOf(label)) if (hex === (await expectedReportSha256(label, lang))) return true;
  return false;
}

/** `%PDF-` within the first 1024 bytes, as PDF readers accept (ISO 32000-1 §7.5.2 and common practice). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

export async function verifyReportPdf(label: TVerifiableLabel, pdf: Uint8Array): Promise<TReportCheck> {
  if (pdf.byteLength === 0) return { match: false, reason: "empty" };
  if (!looksLikePdf(pdf)) return { match: false, reason: "not_pdf" };
  if (!label.integrity.ok) return { match: false, reason: "integrity_failed" };
  return (await isReportSha256(label, sha256(pdf)))
    ? { match: true, matched: "pdf_sha256" }
    : { match: false, reason: "mismatch" };
}

/** Accepts what people paste: upper case, spaces or colons between groups, a `sha256:` prefix. */
export function normalizeDigest(input: string): string | null {
  if (input.length > 200) return null;
  const s = input
    .trim()
    .toLowerCase()
    .replace(/^sha-?256[:=\s]*/, "")
    .replace(/[\s:]/g, "");
  return /^[0-9a-f]{64}$/.test(s) ? s : null;
}

export async function verifyPastedDigest(label: TVerifiableLabel, input: string): Promise<TReportCheck> {
  if (input.trim() === "") return { match: false, reason: "empty" };
  const digest = normalizeDigest(input);
  if (digest === null) return { match: false, reason: "malformed_digest" };
  // Only a digest the signature covers can be confirmed: never the stored one alone.
  if (!label.integrity.ok) return { match: false, reason: "integrity_failed" };
  if (digest === label.digest.toLowerCase()) return { match: true, matched: "snapshot_digest" };
  if (await isReportSha256(label, digest)) return { match: true, matched: "pdf_sha256" };
  return { match: false, reason: "mismatch" };
}

/** For tests: forget cached renders. */
export function clearReportCache(): void {
  hashes.clear();
  pdfs.clear();
}
