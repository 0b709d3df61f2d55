import { z } from "zod";
import { errorResponse } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";
import { loadLabel, CACHE } from "@/lib/labels/public-http";
import { reportFileName } from "@/lib/labels/public-urls";
import { reportPdfFor } from "@/lib/labels/verify-report";
import { reportLang } from "@/lib/report";

export const dynamic = "force-dynamic";

const ZQuery = z.object({ lang: z.enum(LOCALES).optional() }).strict();

/**
 * The genuine PDF report, re-rendered from the signed snapshot (deterministic: same bytes on every download), in
 * the language asked for (`?lang=en|zh-CN`) or else the reader's (cookie, Accept-Language). Both languages are
 * drawn from the same snapshot, so the digest and signature printed in them are the same. Format-1 snapshots are
 * English only; Content-Language says which language was served.
 */
export async function GET(request: Request, ctx: { params: Promise<{ code: string }> }) {
  const query = ZQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return errorResponse(
      new AppError("VALIDATION", "lang must be en or zh-CN, and no other parameter is accepted."),
    );
  const loaded = await loadLabel(ctx.params, { genuineOnly: true });
  if ("response" in loaded) return loaded.response;
  const asked = query.data.lang ?? (await requestLocale());
  const { snapshot } = loaded.label;
  const lang = reportLang(snapshot.format, snapshot.catalog.version, asked);
  const pdf = await reportPdfFor(loaded.label, lang);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `attachment; filename="${reportFileName(loaded.label.publicCode, lang)}"`,
      "Content-Language": lang,
      "Cache-Control": CACHE.SNAPSHOT,
      // Without ?lang the language follows the reader: a shared cache must key on what chose it.
      ...(query.data.lang ? {} : { Vary: "Cookie, Accept-Language" }),
    },
  });
}
