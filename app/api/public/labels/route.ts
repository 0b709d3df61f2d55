import { z } from "zod";
import { errorResponse } from "@/lib/auth/route";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/db/client";
import {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  listPublicLabels,
  MAX_PAGE_SIZE,
  toPublicRecord,
} from "@/lib/db/public-labels";
import { cachedListPage, listResponse } from "@/lib/labels/list-cache";
import { CACHE } from "@/lib/labels/public-http";
import { zText } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

const ZListQuery = z
  .object({
    cursor: zText({ max: 200 })
      .refine((c) => decodeCursor(c) !== null, "not a cursor returned by this API")
      .optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
  })
  .strict();

/** GET /api/public/labels?cursor=&limit=: issued labels, newest first, keyset-paginated; each page cached (lib/labels/list-cache.ts). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = ZListQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fieldErrors[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
    return errorResponse(new AppError("VALIDATION", "Invalid query parameters.", { fieldErrors }));
  }
  const { cursor, limit } = parsed.data;
  const baseUrl = env().PUBLIC_BASE_URL;
  const body = await cachedListPage(`${cursor ?? ""}|${limit}|${baseUrl}`, async () => {
    const page = await listPublicLabels(prisma(), { cursor, pageSize: limit });
    const next = page.nextCursor
      ? new URL(`/api/public/labels?cursor=${page.nextCursor}&limit=${limit}`, baseUrl)
      : null;
    return {
      items: page.items.map((l) => toPublicRecord(l, { baseUrl })),
      nextCursor: page.nextCursor,
      next: next?.toString() ?? null,
    };
  });
  return listResponse(body, {
    "Cache-Control": CACHE.STATUS,
    "Access-Control-Allow-Origin": "*",
  });
}
