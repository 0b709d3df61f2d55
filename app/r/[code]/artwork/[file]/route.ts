import { errorResponse } from "@/lib/auth/route";
import { AppError, notFound } from "@/lib/errors";
import { loadLabel, CACHE } from "@/lib/labels/public-http";
import { artworkSvgAt, parsePrintQuery, printFileName, PRINT_SIZE_MM } from "@/lib/labels/print";
import { SCHEME_SLUG } from "@/lib/labels/public-urls";
import { renderArtworkPng, renderArtworkSvg } from "@/lib/report";
import { SCHEME_IDS, type TSchemeId } from "@/lib/schemes";

export const dynamic = "force-dynamic";

const FILE_RE = /^(eu-red|us-ctm|cn-ccl)\.(svg|png)$/;

function schemeOfSlug(slug: string): TSchemeId | null {
  return SCHEME_IDS.find((id) => SCHEME_SLUG[id] === slug) ?? null;
}

/**
 * Label artwork for packaging: `<scheme>.svg` or `<scheme>.png` (300 dpi), only for the label's target schemes.
 * `?size=small|medium|large` prints it 50, 70 or 100 mm wide (lib/labels/print.ts); without it, its own size.
 */
export async function GET(request: Request, ctx: { params: Promise<{ code: string; file: string }> }) {
  const { file } = await ctx.params;
  const m = FILE_RE.exec(file);
  const scheme = m?.[1] ? schemeOfSlug(m[1]) : null;
  if (!m || !scheme) return errorResponse(notFound("artworkNotFound"));
  const query = parsePrintQuery(request.url);
  if (!query.ok) return errorResponse(new AppError("VALIDATION", query.message));
  const { size } = query;
  const loaded = await loadLabel(ctx.params, { genuineOnly: true });
  if ("response" in loaded) return loaded.response;
  const { label } = loaded;
  if (!label.snapshot.assessment.targetSchemes.includes(scheme))
    return errorResponse(notFound("schemeArtworkNotFound"));
  const headers = {
    "Content-Disposition": `inline; filename="${printFileName(label.publicCode, { scheme }, m[2] ?? "svg", size)}"`,
    "Cache-Control": CACHE.SNAPSHOT,
  };
  if (m[2] === "svg") {
    const svg = renderArtworkSvg(label.snapshot, scheme);
    // The SVG is our own drawing (no scripts); the CSP header forbids scripts anyway if opened directly.
    return new Response(size ? artworkSvgAt(svg, size) : svg, {
      headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
    });
  }
  const { png } = renderArtworkPng(
    label.snapshot,
    scheme,
    size ? { widthMm: PRINT_SIZE_MM[size].artwork } : {},
  );
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
