import { z } from "zod";
import { errorResponse } from "@/lib/auth/route";
import { AppError, notFound } from "@/lib/errors";
import { CACHE, loadLabel } from "@/lib/labels/public-http";
import { craDeclarationFileName } from "@/lib/labels/public-urls";
import { NotACraLabel, renderCraDeclarationPdf } from "@/lib/schemes/eu-cra/declaration";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ lang: z.enum(["en", "zh-CN"]).default("en") }).strict();

/**
 * The draft EU declaration of conformity (CRA Annex V) of a label that targeted the Cyber Resilience Act, drawn
 * from the signed snapshot only (deterministic), for the manufacturer to complete and sign. Same access as the
 * report: anyone holding the label's code; refused while the label fails its integrity check.
 */
export async function GET(request: Request, ctx: { params: Promise<{ code: string }> }) {
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return errorResponse(
      new AppError("VALIDATION", 'lang must be "en" or "zh-CN" (and no other parameter).'),
    );
  const loaded = await loadLabel(ctx.params, { genuineOnly: true });
  if ("response" in loaded) return loaded.response;
  let pdf: Buffer;
  try {
    pdf = renderCraDeclarationPdf(loaded.label.snapshot, query.data.lang);
  } catch (e) {
    if (e instanceof NotACraLabel)
      return errorResponse(notFound("An EU declaration of conformity draft for this label"));
    throw e;
  }
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `attachment; filename="${craDeclarationFileName(loaded.label.publicCode, query.data.lang)}"`,
      "Cache-Control": CACHE.SNAPSHOT,
    },
  });
}
