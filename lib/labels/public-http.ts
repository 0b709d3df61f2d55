// Shared pieces of the public (sessionless) label routes: cache policies, code parsing and JSON errors.
import "server-only";
import { z } from "zod";
import { errorResponse } from "@/lib/auth/route";
import { getPublicLabel, parsePublicCode, type TPublicLabelRow } from "@/lib/db/public-labels";
import { prisma } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { zText } from "@/lib/validation/text";

/**
 * Cache policies (explicit on every public response).
 * - STATUS: anything showing the live status (API record, list). A CDN may keep it 60 s and serve it stale for
 *   5 minutes while refetching; revocation purges it at once (lib/labels/invalidate.ts). Browsers revalidate.
 * - SNAPSHOT: downloads drawn from the signed snapshot only (PDF, JSON, artwork). Their bytes never change after
 *   issue, so a day in browsers and a week at the CDN.
 * - STATIC: documents that change only with a deployment or key rotation (OpenAPI, public keys).
 * - NONE: errors and verification results.
 */
export const CACHE = {
  STATUS: "public, max-age=0, s-maxage=60, stale-while-revalidate=300",
  SNAPSHOT: "public, max-age=86400, s-maxage=604800",
  STATIC: "public, max-age=3600, s-maxage=3600",
  NEGOTIATED: "public, max-age=0, s-maxage=3600",
  NONE: "no-store",
} as const;

/** Route params: the code segment, bounded before anything else looks at it. */
export const ZCodeParams = z.object({ code: zText({ min: 1, max: 64 }) });

export type TLoaded = { label: TPublicLabelRow } | { response: Response };

/**
 * Reads the label of a route's `code` param; a malformed code is a 400 and an unknown one a 404, never a 500.
 * `genuineOnly`: outputs drawn from the snapshot (the report, the artwork) are refused with a 409 while the label
 * fails its integrity check (lib/labels/integrity.ts), so a snapshot changed in the database is never rendered
 * as a genuine report. The signed snapshot itself stays downloadable: it is the evidence a verifier checks.
 */
export async function loadLabel(
  params: Promise<Record<string, string | string[]>>,
  opts: { genuineOnly?: boolean } = {},
): Promise<TLoaded> {
  const parsed = ZCodeParams.safeParse(await params);
  const code = parsed.success ? parsePublicCode(parsed.data.code) : null;
  if (code === null)
    return {
      response: errorResponse(
        new AppError("VALIDATION", "This is not a label code (CL-XXXX-XXXX-XXXX-XXXX)."),
      ),
    };
  const label = await getPublicLabel(prisma(), code);
  if (!label) return { response: errorResponse(notFound("labelCodeNotFound")) };
  if (opts.genuineOnly && !label.integrity.ok)
    return {
      response: errorResponse(
        new AppError(
          "INVALID_STATE",
          "This label failed its integrity check (its stored data does not match its signature or the public log), so its report and artwork are not served.",
        ),
      ),
    };
  return { label };
}

export function withCache(response: Response, cacheControl: string): Response {
  response.headers.set("Cache-Control", cacheControl);
  return response;
}
