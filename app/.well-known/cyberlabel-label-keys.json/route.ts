import { CACHE } from "@/lib/labels/public-http";
import { publicKeyDocument } from "@/lib/labels/signing";
import { labelVerificationKeys } from "@/lib/secrets";

export const dynamic = "force-dynamic";

/**
 * The label signing public keys, JWKS-style (RFC 8037 OKP) with the PEM alongside, for offline verification of
 * signed snapshots: the current key first, then retired ones (LABEL_SIGNING_RETIRED_KEYS) so labels signed before
 * a key rotation still verify. Only public halves are served; the private key never leaves lib/secrets.ts.
 */
export function GET() {
  const doc = publicKeyDocument(labelVerificationKeys());
  return Response.json(doc, {
    headers: { "Cache-Control": CACHE.STATIC, "Access-Control-Allow-Origin": "*" },
  });
}
