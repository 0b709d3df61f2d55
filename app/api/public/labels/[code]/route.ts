import { env } from "@/lib/env";
import { toPublicRecord } from "@/lib/db/public-labels";
import { CACHE, loadLabel } from "@/lib/labels/public-http";

export const dynamic = "force-dynamic";

/** GET /api/public/labels/<code>: the registry record (lib/labels/public-record.ts), no session. */
export async function GET(_request: Request, ctx: { params: Promise<{ code: string }> }) {
  const loaded = await loadLabel(ctx.params);
  if ("response" in loaded) return loaded.response;
  const record = toPublicRecord(loaded.label, { baseUrl: env().PUBLIC_BASE_URL });
  return Response.json(record, {
    headers: { "Cache-Control": CACHE.STATUS, "Access-Control-Allow-Origin": "*" },
  });
}
