import { loadLabel, CACHE } from "@/lib/labels/public-http";
import { reportFileName } from "@/lib/labels/public-urls";
import { reportPdfFor } from "@/lib/labels/verify-report";

export const dynamic = "force-dynamic";

/** The genuine PDF report, re-rendered from the signed snapshot (deterministic: same bytes on every download). */
export async function GET(_request: Request, ctx: { params: Promise<{ code: string }> }) {
  const loaded = await loadLabel(ctx.params, { genuineOnly: true });
  if ("response" in loaded) return loaded.response;
  const pdf = await reportPdfFor(loaded.label);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `attachment; filename="${reportFileName(loaded.label.publicCode)}"`,
      "Cache-Control": CACHE.SNAPSHOT,
    },
  });
}
