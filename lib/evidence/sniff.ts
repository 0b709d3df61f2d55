// Evidence types are decided from the bytes, never from the file name or the client's Content-Type: a renamed
// executable is refused, and what we serve back carries the type we detected.
export const EVIDENCE_TYPES = {
  "application/pdf": { label: "PDF", extensions: ["pdf"] },
  "image/png": { label: "PNG image", extensions: ["png"] },
  "image/jpeg": { label: "JPEG image", extensions: ["jpg", "jpeg"] },
  "application/json": { label: "JSON", extensions: ["json"] },
  "text/plain": { label: "plain text", extensions: ["txt", "log", "md", "csv"] },
} as const;

export type TEvidenceType = keyof typeof EVIDENCE_TYPES;

export type TSniffResult = { ok: true; contentType: TEvidenceType } | { ok: false; reason: string };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

function executableKind(b: Uint8Array): string | null {
  if (startsWith(b, [0x4d, 0x5a])) return "a Windows executable";
  if (startsWith(b, [0x7f, 0x45, 0x4c, 0x46])) return "a Linux executable";
  if (
    startsWith(b, [0xfe, 0xed, 0xfa, 0xce]) ||
    startsWith(b, [0xfe, 0xed, 0xfa, 0xcf]) ||
    startsWith(b, [0xcf, 0xfa, 0xed, 0xfe]) ||
    startsWith(b, [0xca, 0xfe, 0xba, 0xbe])
  )
    return "a macOS executable";
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return "a ZIP archive";
  if (startsWith(b, [0x23, 0x21])) return "a script";
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
  if (bytes.byteLength === 0) return { ok: false, reason: "The file is empty." };
  const exe = executableKind(bytes);
  if (exe) return { ok: false, reason: `The file's content is ${exe}, which is not accepted as evidence.` };
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
  return { ok: false, reason: "Only PDF, PNG, JPEG, plain text and JSON files are accepted." };
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
  return `The file name ends in .${ext} but its content is ${EVIDENCE_TYPES[contentType].label}.`;
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
