import { errorResponse } from "@/lib/auth/route";
import { notFound } from "@/lib/errors";
import { loadLabel, CACHE } from "@/lib/labels/public-http";
import { SCHEME_SLUG } from "@/lib/labels/public-urls";
import { renderArtworkPng, renderArtworkSvg } from "@/lib/report";
import { SCHEME_IDS, type TSchemeId } from "@/lib/schemes";

export const dynamic = "force-dynamic";

const FILE_RE = /^(eu-red|us-ctm|cn-ccl)\.(svg|png)$/;

function schemeOfSlug(slug: string): TSchemeId | null {
  return SCHEME_IDS.find((id) => SCHEME_SLUG[id] === slug) ?? null;
}

/** Label artwork for packaging: `<scheme>.svg` or `<scheme>.png` (300 dpi), only for the label's target schemes. */
export async function GET(_request: Request, ctx: { params: Promise<{ code: string; file: string }> }) {
  const { file } = await ctx.params;
  const m = FILE_RE.exec(file);
  const scheme = m?.[1] ? schemeOfSlug(m[1]) : null;
  if (!m || !scheme) return errorResponse(notFound("This artwork"));
  const loaded = await loadLabel(ctx.params, { genuineOnly: true });
  if ("response" in loaded) return loaded.response;
  const { label } = loaded;
  if (!label.snapshot.assessment.targetSchemes.includes(scheme))
    return errorResponse(notFound("Artwork for this scheme"));
  const name = `cyberlabel-${label.publicCode}-${m[1]}.${m[2]}`;
  const headers = {
    "Content-Disposition": `inline; filename="${name}"`,
    "Cache-Control": CACHE.SNAPSHOT,
  };
  if (m[2] === "svg")
    return new Response(renderArtworkSvg(label.snapshot, scheme), {
      // The SVG is our own drawing (no scripts); the CSP header forbids scripts anyway if opened directly.
      headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" },
    });
  const { png } = renderArtworkPng(label.snapshot, scheme);
  return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
}
