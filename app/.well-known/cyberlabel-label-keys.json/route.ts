import { env } from "@/lib/env";
import { CACHE } from "@/lib/labels/public-http";
import { logPaths } from "@/lib/labels/public-urls";
import { publicKeyDocument } from "@/lib/labels/signing";
import { labelVerificationKeys, logVerificationKeys } from "@/lib/secrets";

export const dynamic = "force-dynamic";

/**
 * The label signing public keys, JWKS-style (RFC 8037 OKP) with the PEM alongside, for offline verification of
 * signed snapshots: the current key first, then retired ones (LABEL_SIGNING_RETIRED_KEYS) so labels signed before
 * a key rotation still verify. `transparencyLog` lists the key that signs the public log's tree heads. Only public
 * halves are served; the private keys never leave lib/secrets.ts.
 */
export function GET() {
  const doc = publicKeyDocument(labelVerificationKeys(), {
    keyPems: logVerificationKeys(),
    treeHeadUrl: new URL(logPaths.treeHead, env().PUBLIC_BASE_URL).toString(),
  });
  return Response.json(doc, {
    headers: { "Cache-Control": CACHE.STATIC, "Access-Control-Allow-Origin": "*" },
  });
}
