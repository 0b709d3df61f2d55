import { AppError } from "@/lib/errors";

/** A refused SBOM or advisory file: the message says why, `details` lists the first schema errors. */
export class FileFormatError extends AppError {
  readonly details: string[];
  constructor(message: string, details: string[] = [], code: "VALIDATION" | "TOO_LARGE" = "VALIDATION") {
    super(code, details.length ? `${message} ${details.join("; ")}` : message);
    this.name = "FileFormatError";
    this.details = details;
  }
}

type AjvLikeError = { instancePath?: string; message?: string; params?: Record<string, unknown> };

/** The first few schema errors, each as "<where>: <what>", for the user. */
export function schemaErrorDetails(errors: readonly AjvLikeError[] | null | undefined, max = 5): string[] {
  if (!errors) return [];
  const out: string[] = [];
  for (const e of errors) {
    const where = e.instancePath && e.instancePath !== "" ? e.instancePath : "(document)";
    const extra =
      e.params && typeof e.params.additionalProperty === "string"
        ? ` (${e.params.additionalProperty})`
        : e.params && Array.isArray(e.params.allowedValues)
          ? ` (${(e.params.allowedValues as unknown[]).join(", ")})`
          : "";
    const line = `${where}: ${e.message ?? "invalid"}${extra}`;
    if (!out.includes(line)) out.push(line);
    if (out.length >= max) break;
  }
  return out;
}

/** Decodes UTF-8 (a BOM is dropped); refuses bytes that are not UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array, what: string): string {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new FileFormatError(`${what} is not UTF-8 text.`);
  }
}

export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new FileFormatError(`${what} is not valid JSON: ${(err as Error).message}.`);
  }
}
