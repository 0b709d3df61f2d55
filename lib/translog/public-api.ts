// The public transparency log endpoints (app/api/public/log/**): no session, zod-validated query parameters,
// clear 400s, explicit cache policies. Described in lib/labels/openapi.ts and docs/verify-a-label.md. The route
// files pass the app's database; tests pass theirs.
import "server-only";
import { z } from "zod";
import { errorResponse } from "@/lib/auth/route";
import { parsePublicCode } from "@/lib/db/public-labels";
import type { DbClient } from "@/lib/db/types";
import {
  latestTreeHead,
  listLogEntries,
  logConsistencyProof,
  logEntriesOfLabel,
  logEntryAt,
  logInclusionProof,
  logSize,
  treeHeadOfSize,
  type TLogEntry,
} from "@/lib/db/translog";
import { AppError, notFound } from "@/lib/errors";
import { CACHE } from "@/lib/labels/public-http";
import type { TSignedTreeHead } from "./tree-head";
import { zText } from "@/lib/validation/text";

export const MAX_ENTRIES_PER_PAGE = 256;

const uint = z
  .string()
  .regex(/^\d{1,15}$/, "must be a whole number (0 or more)")
  .transform(Number);

export const ZInclusionQuery = z
  .object({
    code: zText({ min: 1, max: 64 }).optional(),
    leafIndex: uint.optional(),
    treeSize: uint.optional(),
  })
  .strict()
  .refine((q) => (q.code === undefined) !== (q.leafIndex === undefined), {
    message: "give either code (a label code) or leafIndex, not both",
    path: ["code"],
  });

export const ZConsistencyQuery = z
  .object({ first: uint, second: uint.optional() })
  .strict()
  .refine((q) => q.first >= 1, { message: "must be at least 1", path: ["first"] })
  .refine((q) => q.second === undefined || q.second >= q.first, {
    message: "must not be smaller than first",
    path: ["second"],
  });

export const ZEntriesQuery = z
  .object({ start: uint, end: uint.optional() })
  .strict()
  .refine((q) => q.end === undefined || q.end > q.start, {
    message: "must be greater than start",
    path: ["end"],
  })
  .refine((q) => q.end === undefined || q.end - q.start <= MAX_ENTRIES_PER_PAGE, {
    message: `at most ${MAX_ENTRIES_PER_PAGE} entries per request`,
    path: ["end"],
  });

const HEADERS = { "Access-Control-Allow-Origin": "*" };

function json(body: unknown, cacheControl: string): Response {
  return Response.json(body, { headers: { ...HEADERS, "Cache-Control": cacheControl } });
}

function parseQuery<T extends z.ZodType>(schema: T, request: Request): z.infer<T> | Response {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return parsed.data as z.infer<T>;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues)
    (fieldErrors[String(issue.path[0] ?? "query")] ??= []).push(issue.message);
  return errorResponse(new AppError("VALIDATION", "Invalid query parameters.", { fieldErrors }));
}

const noTreeHead = () =>
  errorResponse(
    new AppError(
      "NOT_FOUND",
      "The log has no signed tree head yet; one is signed within a minute of the start.",
    ),
  );

/** The tree head a proof is against: the latest, or the one signed at `treeSize` (a 400 when there is none). */
async function treeHeadFor(db: DbClient, treeSize: number | undefined): Promise<TSignedTreeHead | Response> {
  if (treeSize === undefined) return (await latestTreeHead(db)) ?? noTreeHead();
  const sth = await treeHeadOfSize(db, treeSize);
  return (
    sth ??
    errorResponse(
      new AppError("VALIDATION", "No tree head was signed at this size.", {
        fieldErrors: { treeSize: ["not the size of a signed tree head (see /api/public/log/tree-head)"] },
      }),
    )
  );
}

export async function getTreeHead(db: DbClient): Promise<Response> {
  const sth = await latestTreeHead(db);
  return sth ? json(sth, CACHE.STATUS) : noTreeHead();
}

export async function getEntries(db: DbClient, request: Request): Promise<Response> {
  const q = parseQuery(ZEntriesQuery, request);
  if (q instanceof Response) return q;
  const size = await logSize(db);
  const end = Math.min(q.end ?? q.start + MAX_ENTRIES_PER_PAGE, size);
  const entries = q.start < end ? await listLogEntries(db, q.start, end) : [];
  // A full page below the log's size never changes again; the tail may still grow.
  const immutable = q.end !== undefined && q.end <= size;
  return json({ logSize: size, start: q.start, entries }, immutable ? CACHE.SNAPSHOT : CACHE.STATUS);
}

export async function getInclusionProof(db: DbClient, request: Request): Promise<Response> {
  const q = parseQuery(ZInclusionQuery, request);
  if (q instanceof Response) return q;
  let entries: TLogEntry[];
  if (q.code !== undefined) {
    const code = parsePublicCode(q.code);
    if (code === null)
      return errorResponse(
        new AppError("VALIDATION", "Invalid query parameters.", {
          fieldErrors: { code: ["not a label code (CL-XXXX-XXXX-XXXX-XXXX)"] },
        }),
      );
    const found = await logEntriesOfLabel(db, code);
    if (found === null) return errorResponse(notFound("labelCodeNotFound"));
    entries = found;
  } else {
    const entry = await logEntryAt(db, q.leafIndex!);
    if (entry === null) return errorResponse(notFound("logEntryNotFound"));
    entries = [entry];
  }
  const sth = await treeHeadFor(db, q.treeSize);
  if (sth instanceof Response) return sth;
  const proven = entries.filter((e) => e.leafIndex < sth.treeSize);
  const withPaths = await Promise.all(
    proven.map(async (e) => ({ ...e, auditPath: await logInclusionProof(db, e.leafIndex, sth.treeSize) })),
  );
  return json(
    { treeHead: sth, entries: withPaths, pending: entries.filter((e) => e.leafIndex >= sth.treeSize) },
    q.treeSize === undefined ? CACHE.STATUS : CACHE.SNAPSHOT,
  );
}

export async function getConsistencyProof(db: DbClient, request: Request): Promise<Response> {
  const q = parseQuery(ZConsistencyQuery, request);
  if (q instanceof Response) return q;
  const latest = await latestTreeHead(db);
  if (!latest) return noTreeHead();
  const second = q.second ?? latest.treeSize;
  if (second > latest.treeSize || q.first > second)
    return errorResponse(
      new AppError("VALIDATION", "Invalid query parameters.", {
        fieldErrors: {
          [second > latest.treeSize ? "second" : "first"]: [
            `must be at most ${second > latest.treeSize ? latest.treeSize : second}, the latest signed tree size`,
          ],
        },
      }),
    );
  const proof = await logConsistencyProof(db, q.first, second);
  return json({ first: q.first, second, proof }, q.second === undefined ? CACHE.STATUS : CACHE.SNAPSHOT);
}
