import { z } from "zod";
import { errorResponse } from "@/lib/auth/route";
import { AppError, notFound } from "@/lib/errors";
import { CACHE, loadLabel } from "@/lib/labels/public-http";
import { schemeDocument } from "@/lib/schemes/documents";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ lang: z.enum(["en", "zh-CN"]).default("en") }).strict();

/**
 * A scheme's document drawn from the signed snapshot (the UK statement of compliance…), with the report's
 * authorization: public, refused while the label fails its integrity check. Deterministic like the report.
 */
export async function GET(request: Request, ctx: { params: Promise<{ code: string; doc: string }> }) {
  const { doc: slug } = await ctx.params;
  const doc = schemeDocument(slug);
  if (!doc) return errorResponse(notFound("documentNotFound"));
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return errorResponse(
      new AppError("VALIDATION", "lang must be en or zh-CN, and no other parameter is accepted."),
    );
  const loaded = await loadLabel(ctx.params, { genuineOnly: true });
  if ("response" in loaded) return loaded.response;
  const s = loaded.label.snapshot;
  const blockers = doc.blockers(s);
  if (blockers.length)
    return errorResponse(
      new AppError(
        "NOT_FOUND",
        `This label has no such document (${blockers.join(", ").replaceAll("_", " ")}).`,
      ),
    );
  const pdf = doc.render(s, query.data.lang);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `attachment; filename="${doc.fileName(loaded.label.publicCode, query.data.lang)}"`,
      "Content-Language": query.data.lang,
      "Cache-Control": CACHE.SNAPSHOT,
    },
  });
}
