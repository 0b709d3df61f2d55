// Public reads of issued labels, for the page behind the QR code, the downloads and the public JSON API. No
// session: the only key is the public code (80 random bits, see lib/labels/public-code.ts).
//
// Security intent: explicit selects only. Nothing here reads the assessment, evidence rows or bytes, review
// comments, users (e-mails) or the ids of internal rows; the signed snapshot is the one document the public sees,
// and lib/labels/public-record.ts decides which of its fields the API and the page show.
import { z } from "zod";
import type { DbClient } from "@/lib/db/types";
import { normalizePublicCode, ZPublicCode, type TPublicCode } from "@/lib/labels/public-code";
import { toPublicRecord, type TPublicLabelRow } from "@/lib/labels/public-record";
import { isSnapshotFormat, type TLabelSnapshot } from "@/lib/labels/snapshot-types";

export { toPublicRecord };
export type { TPublicLabelRow };

const publicLabelSelect = {
  publicCode: true,
  snapshot: true,
  digest: true,
  signature: true,
  keyId: true,
  issuedAt: true,
  validUntil: true,
  revokedAt: true,
  revocationReason: true,
} as const;

type TSelected = {
  publicCode: string;
  snapshot: unknown;
  digest: string;
  signature: string;
  keyId: string;
  issuedAt: Date;
  validUntil: Date;
  revokedAt: Date | null;
  revocationReason: string | null;
};

function toRow(r: TSelected): TPublicLabelRow {
  const s = r.snapshot;
  // The snapshot is written by our own approval code and made immutable by a trigger; this guards against a
  // future snapshot format reaching an old renderer, which would print nonsense rather than fail. Every format
  // ever issued (1 with internal ids, 2 without) stays readable.
  if (typeof s !== "object" || s === null || !isSnapshotFormat((s as { format?: unknown }).format))
    throw new Error(`label ${r.publicCode} has a snapshot in an unknown format`);
  return { ...r, snapshot: s as TLabelSnapshot };
}

/** Canonical code from untrusted input (path segment, query), or null: malformed input never reaches the DB. */
export function parsePublicCode(input: string): TPublicCode | null {
  const exact = ZPublicCode.safeParse(input);
  if (exact.success) return exact.data;
  return normalizePublicCode(input);
}

export async function getPublicLabel(db: DbClient, code: string): Promise<TPublicLabelRow | null> {
  const canonical = parsePublicCode(code);
  if (canonical === null) return null;
  const row = await db.label.findUnique({ where: { publicCode: canonical }, select: publicLabelSelect });
  return row ? toRow(row) : null;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Opaque keyset cursor: the (issuedAt, publicCode) of the last row of the previous page. */
const ZCursorPayload = z.object({ t: z.iso.datetime(), c: ZPublicCode }).strict();

export function encodeCursor(row: { issuedAt: Date; publicCode: string }): string {
  return Buffer.from(JSON.stringify({ t: row.issuedAt.toISOString(), c: row.publicCode })).toString(
    "base64url",
  );
}

export function decodeCursor(cursor: string): { issuedAt: Date; publicCode: string } | null {
  if (cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const parsed = ZCursorPayload.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? { issuedAt: new Date(parsed.data.t), publicCode: parsed.data.c } : null;
  } catch {
    return null;
  }
}

export type TPublicLabelPage = { items: TPublicLabelRow[]; nextCursor: string | null };

/**
 * Newest first. Keyset pagination on (issuedAt desc, publicCode desc), served by the Label_issuedAt index: the
 * cost of a page does not grow with its depth, unlike OFFSET, and a label issued while a client pages does not
 * shift the rows it has not seen yet. An invalid cursor is the caller's validation error (see ZListQuery).
 */
export async function listPublicLabels(
  db: DbClient,
  opts: { cursor?: string | null; pageSize?: number } = {},
): Promise<TPublicLabelPage> {
  const pageSize = Math.min(Math.max(Math.trunc(opts.pageSize ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
  const after = opts.cursor ? decodeCursor(opts.cursor) : null;
  if (opts.cursor && after === null) throw new Error("invalid cursor");
  const rows = await db.label.findMany({
    where: after
      ? {
          OR: [
            { issuedAt: { lt: after.issuedAt } },
            { issuedAt: after.issuedAt, publicCode: { lt: after.publicCode } },
          ],
        }
      : undefined,
    orderBy: [{ issuedAt: "desc" }, { publicCode: "desc" }],
    take: pageSize + 1,
    select: publicLabelSelect,
  });
  const items = rows.slice(0, pageSize).map(toRow);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > pageSize && last ? encodeCursor(last) : null };
}
