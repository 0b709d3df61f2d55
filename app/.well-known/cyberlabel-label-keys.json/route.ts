import { CACHE } from "@/lib/labels/public-http";
import { publicKeyDocument, publicKeyFromPrivate } from "@/lib/labels/signing";
import { labelSigningKeyPem } from "@/lib/secrets";

export const dynamic = "force-dynamic";

/**
 * The label signing public key(s), JWKS-style (RFC 8037 OKP) with the PEM alongside, for offline verification of
 * signed snapshots. Only the public half is derived and served; the private key never leaves lib/secrets.ts.
 */
export function GET() {
  const doc = publicKeyDocument([publicKeyFromPrivate(labelSigningKeyPem()).pem]);
  return Response.json(doc, {
    headers: { "Cache-Control": CACHE.STATIC, "Access-Control-Allow-Origin": "*" },
  });
}
