import { prisma } from "@/lib/db/client";
import { getConsistencyProof } from "@/lib/translog/public-api";

export const dynamic = "force-dynamic";

/** Public transparency log (RFC 9162): see lib/translog/public-api.ts and /api/public/openapi.json. */
export function GET(request: Request) {
  return getConsistencyProof(prisma(), request);
}
