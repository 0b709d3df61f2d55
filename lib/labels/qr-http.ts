// The QR code routes (/r/<code>/qr.svg and qr.png): the bare symbol that opens the label's public page, to place
// in packaging artwork. It encodes the URL frozen in the snapshot, exactly what the report and the artwork print.
import "server-only";
import { errorResponse } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { CACHE, loadLabel } from "./public-http";
import { parsePrintQuery, printFileName, qrPng, qrSvg, type TQrFormat } from "./print";

export async function qrResponse(
  request: Request,
  params: Promise<{ code: string }>,
  format: TQrFormat,
): Promise<Response> {
  const query = parsePrintQuery(request.url);
  if (!query.ok) return errorResponse(new AppError("VALIDATION", query.message));
  const loaded = await loadLabel(params);
  if ("response" in loaded) return loaded.response;
  const { label } = loaded;
  const url = label.snapshot.label.publicUrl;
  const size = query.size ?? "medium";
  const headers = {
    "Content-Disposition": `inline; filename="${printFileName(label.publicCode, "qr", format, query.size)}"`,
    "Cache-Control": CACHE.SNAPSHOT,
  };
  if (format === "svg")
    return new Response(qrSvg(url, size), {
      headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
    });
  return new Response(new Uint8Array(await qrPng(url, size)), {
    headers: { ...headers, "Content-Type": "image/png" },
  });
}
