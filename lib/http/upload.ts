// One uploaded file from a multipart/form-data body (field `file`), read with a hard size limit.
import { AppError } from "@/lib/errors";
import { formDataFromBytes, readBodyLimited } from "./body";

export async function readUploadedFile(
  request: Request,
  maxFileBytes: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data"))
    throw new AppError("VALIDATION", "Send the file as multipart/form-data with the field file.");
  // Multipart overhead on top of the file itself.
  const body = await readBodyLimited(request, maxFileBytes + 64 * 1024);
  let form: FormData;
  try {
    form = await formDataFromBytes(contentType, body);
  } catch {
    throw new AppError("VALIDATION", "The upload could not be read as multipart/form-data.");
  }
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION", "Attach a file (field: file).");
  if (file.size > maxFileBytes)
    throw new AppError("TOO_LARGE", `The file is larger than ${Math.round(maxFileBytes / 1048576)} MB.`);
  return { fileName: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()) };
}
