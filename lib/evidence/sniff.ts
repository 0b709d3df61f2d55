// Evidence types are decided from the bytes, never from the file name or the client's Content-Type: a renamed
// executable is refused, and what we serve back carries the type we detected. Refusals are written with emsg, so a
// user reads them in their language (messages/*/appErrors.json).
import { emsg } from "@/lib/i18n/errors";

export const EVIDENCE_TYPES = {
  "application/pdf": { label: "PDF", kind: "pdf", extensions: ["pdf"] },
  "image/png": { label: "PNG image", kind: "png", extensions: ["png"] },
  "image/jpeg": { label: "JPEG image", kind: "jpeg", extensions: ["jpg", "jpeg"] },
  "application/json": { label: "JSON", kind: "json", extensions: ["json"] },
  "text/plain": { label: "plain text", kind: "text", extensions: ["txt", "log", "md", "csv"] },
} as const;

export type TEvidenceType = keyof typeof EVIDENCE_TYPES;

export type TSniffResult = { ok: true; contentType: TEvidenceType } | { ok: false; reason: string };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function executableKind(b: Uint8Array): "windows" | "linux" | "macos" | "zip" | "script" | null {
  if (startsWith(b, [0x4d, 0x5a])) return "windows";
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return "linux";
  if (
    startsWith(b, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(b, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(b, [0xca, 0xfe, 0xba, 0xbe])
  )
    return "macos";
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return "zip";
  if (startsWith(b, [0x23, 0x21])) return "script";
  return null;
}

function decodeUtf8(b: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    return null;
  }
}

function looksLikeText(s: string): boolean {
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return false;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control <= s.length / 100;
}

export function sniffEvidence(bytes: Uint8Array): TSniffResult {
  if (bytes.byteLength === 0) return { ok: false, reason: emsg("fileEmpty") };
  const exe = executableKind(bytes);
  if (exe) return { ok: false, reason: emsg("fileExecutable", { kind: exe }) };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { ok: true, contentType: "application/pdf" };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { ok: true, contentType: "image/png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, contentType: "image/jpeg" };
  const text = decodeUtf8(bytes);
  if (text !== null && looksLikeText(text)) {
    const trimmed = text.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        JSON.parse(trimmed);
        return { ok: true, contentType: "application/json" };
      } catch {
        // Not JSON after all: plain text.
      }
    }
    return { ok: true, contentType: "text/plain" };
  }
  return { ok: false, reason: emsg("fileTypes") };
}

/** A name whose extension claims a different type than the content is refused: it is how disguised files arrive. */
export function extensionMismatch(fileName: string, contentType: TEvidenceType): string | null {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase();
  if (!ext) return null;
  const owner = (Object.keys(EVIDENCE_TYPES) as TEvidenceType[]).find((t) =>
    (EVIDENCE_TYPES[t].extensions as readonly string[]).includes(ext),
  );
  if (!owner || owner === contentType) return null;
  // JSON is also valid text: a .txt holding JSON is fine.
  if (owner === "text/plain" && contentType === "application/json") return null;
  return emsg("extensionMismatch", { ext, type: EVIDENCE_TYPES[contentType].kind });
}

/** Keeps a display name safe for headers and pages. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(0, 200);
  return cleaned || "evidence";
}
