import { env } from "@/lib/env";
import { CACHE } from "@/lib/labels/public-http";
import { openApiDocument } from "@/lib/labels/openapi";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the public endpoints. */
export function GET() {
  return Response.json(openApiDocument(env().PUBLIC_BASE_URL), {
    headers: { "Cache-Control": CACHE.STATIC, "Access-Control-Allow-Origin": "*" },
  });
}
