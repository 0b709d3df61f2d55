import { loadLabel, CACHE } from "@/lib/labels/public-http";
import { SIGNATURE_ALG, SIGNED_SNAPSHOT_FORMAT, type TSignedSnapshot } from "@/lib/labels/signing";

export const dynamic = "force-dynamic";

/**
 * The signed snapshot exactly as issued, in the form lib/labels/verify-cli.mjs checks offline. This is the whole
 * signed document (its signature covers every field), so nothing can be left out here: what it contains is
 * decided at approval, when the snapshot is built.
 */
export async function GET(_request: Request, ctx: { params: Promise<{ code: string }> }) {
  const loaded = await loadLabel(ctx.params);
  if ("response" in loaded) return loaded.response;
  const { label } = loaded;
  const doc: TSignedSnapshot = {
    format: SIGNED_SNAPSHOT_FORMAT,
    snapshot: label.snapshot,
    digest: label.digest,
    signature: { alg: SIGNATURE_ALG, keyId: label.keyId, value: label.signature },
  };
  return new Response(JSON.stringify(doc, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="cyberlabel-${label.publicCode}.signed.json"`,
      "Cache-Control": CACHE.SNAPSHOT,
    },
  });
}
