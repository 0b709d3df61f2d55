// Request bodies read with a hard size limit (uploads, forms): nothing larger than allowed is ever buffered.
import { AppError } from "@/lib/errors";

/** Reads a request body with a hard size limit, refusing before buffering more than allowed. */
export async function readBodyLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes)
    throw new AppError("TOO_LARGE", `The upload is larger than ${Math.round(maxBytes / 1048576)} MB.`);
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new AppError("TOO_LARGE", `The upload is larger than ${Math.round(maxBytes / 1048576)} MB.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Parses an already size-limited multipart or urlencoded body; throws on a malformed body. */
export function formDataFromBytes(contentType: string, bytes: Uint8Array): Promise<FormData> {
  return new Response(Buffer.from(bytes), { headers: { "content-type": contentType } }).formData();
}
