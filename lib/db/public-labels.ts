// Public reads of issued labels, for the page behind the QR code, the downloads and the public JSON API. No
// session: the only key is the public code (80 random bits, see lib/labels/public-code.ts).
//
// Security intent: explicit selects only. Nothing here reads the assessment, evidence rows or bytes, review
// comments, users (e-mails) or the ids of internal rows; the signed snapshot is the one document the public sees,
// and lib/labels/public-record.ts decides which of its fields the API and the page show.
// labelIntegrityByIds serves signed-in pages: it takes label ids from their own (ownership-checked) queries and
// returns nothing but the check's verdict.
import { z } from "zod";
import type { DbClient } from "@/lib/db/types";
import {
  checkLabelIntegrityCached,
  rememberedLabelIntegrity,
  type TIntegrity,
  type TIntegrityKeyInput,
} from "@/lib/labels/integrity";
import { normalizePublicCode, ZPublicCode, type TPublicCode } from "@/lib/labels/public-code";
import { toPublicRecord, type TPublicLabelRow, type TReplacement } from "@/lib/labels/public-record";
import { Prisma } from "@/lib/generated/prisma/client";
import { isSnapshotFormat, type TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { labelVerificationKeys } from "@/lib/secrets";

export { toPublicRecord };
export type { TPublicLabelRow };

/** What the integrity check reads besides the snapshot. */
const integritySelect = {
  publicCode: true,
  digest: true,
  signature: true,
  keyId: true,
  issuedAt: true,
  validUntil: true,
  // The state is derived from the events, and each event must match its transparency log leaf (verify on serve).
  events: {
    orderBy: { seq: "asc" },
    select: {
      id: true,
      seq: true,
      kind: true,
      at: true,
      reason: true,
      // The replacing label's code and the version it covers (from its snapshot, inside the database).
      supersededBy: { select: { publicCode: true } },
      supersededById: true,
    },
  },
  logEntries: {
    orderBy: { leafIndex: "asc" },
    select: { leafIndex: true, leaf: true, leafHash: true, labelEventId: true },
  },
} as const;

const publicLabelSelect = { snapshot: true, ...integritySelect } as const;

type TSelected = {
  publicCode: string;
  snapshot: unknown;
  digest: string;
  signature: string;
  keyId: string;
  issuedAt: Date;
  validUntil: Date;
  events: {
    id: string;
    seq: number;
    kind: TPublicLabelRow["events"][number]["kind"];
    at: Date;
    reason: string | null;
    supersededBy: { publicCode: string } | null;
    supersededById: string | null;
  }[];
  logEntries: { leafIndex: bigint; leaf: string; leafHash: string; labelEventId: string }[];
};

/** Keys the signatures are checked against (default: the published ones) and the clock (tests). */
export type TReadOptions = { keys?: readonly string[]; now?: Date };

function integrityInput(r: Omit<TSelected, "snapshot">): Omit<TPublicLabelRow, "snapshot" | "integrity"> {
  return {
    publicCode: r.publicCode,
    digest: r.digest,
    signature: r.signature,
    keyId: r.keyId,
    issuedAt: r.issuedAt,
    validUntil: r.validUntil,
    events: r.events.map(({ supersededById: _id, ...e }) => ({
      ...e,
      supersededBy: e.supersededBy?.publicCode ?? null,
    })),
    logEntries: r.logEntries.map((e) => ({ ...e, leafIndex: Number(e.leafIndex) })),
  };
}

function toRow(r: TSelected, opts: TReadOptions): TPublicLabelRow {
  const s = r.snapshot;
  // The snapshot is written by our own approval code and made immutable by a trigger; this guards against a
  // future snapshot format reaching an old renderer, which would print nonsense rather than fail. Every format
  // ever issued (1 with internal ids, 2 without) stays readable.
  if (typeof s !== "object" || s === null || !isSnapshotFormat((s as { format?: unknown }).format))
    throw new Error(`label ${r.publicCode} has a snapshot in an unknown format`);
  const row = { ...integrityInput(r), snapshot: s as TLabelSnapshot };
  const integrity = checkLabelIntegrityCached(row, opts.keys ?? labelVerificationKeys(), opts.now);
  return { ...row, integrity };
}

/** Canonical code from untrusted input (path segment, query), or null: malformed input never reaches the DB. */
export function parsePublicCode(input: string): TPublicCode | null {
  const exact = ZPublicCode.safeParse(input);
  if (exact.success) return exact.data;
  return normalizePublicCode(input);
}

/**
 * One label by its code, checked on the way out: `integrity` says whether it still matches its signature and its
 * transparency log entries (lib/labels/integrity.ts), and everything shown of its state comes from its events.
 */
export async function getPublicLabel(
  db: DbClient,
  code: string,
  opts: TReadOptions = {},
): Promise<TPublicLabelRow | null> {
  const canonical = parsePublicCode(code);
  if (canonical === null) return null;
  const row = await db.label.findUnique({ where: { publicCode: canonical }, select: publicLabelSelect });
  if (!row) return null;
  const replacements = await replacementsOf(db, [row]);
  return withReplacement(toRow(row, opts), row, replacements);
}

/** The versions the replacing labels cover (docs/versions.md), read from their snapshots inside the database. */
async function replacementsOf(db: DbClient, rows: readonly Pick<TSelected, "events">[]) {
  const ids = [
    ...new Set(rows.flatMap((r) => r.events.flatMap((e) => (e.supersededById ? [e.supersededById] : [])))),
  ];
  if (ids.length === 0) return new Map<string, TReplacement>();
  const found = await db.$queryRaw<{ id: string; code: string; fw: string | null; hw: string | null }[]>(
    Prisma.sql`SELECT "id", "publicCode" AS "code", "snapshot"->'product'->>'firmwareVersion' AS "fw",
      "snapshot"->'product'->>'hardwareVersion' AS "hw" FROM "Label" WHERE "id" IN (${Prisma.join(ids)})`,
  );
  return new Map(
    found.map((r) => [r.id, { code: r.code, firmwareVersion: r.fw ?? "", hardwareVersion: r.hw ?? "" }]),
  );
}

function withReplacement(
  row: TPublicLabelRow,
  raw: Pick<TSelected, "events">,
  replacements: Map<string, TReplacement>,
): TPublicLabelRow {
  const id = raw.events.find((e) => e.kind === "SUPERSEDED")?.supersededById;
  return { ...row, replacedBy: id ? (replacements.get(id) ?? null) : null };
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
  opts: { cursor?: string | null; pageSize?: number } & TReadOptions = {},
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
  const page = rows.slice(0, pageSize);
  const replacements = await replacementsOf(db, page);
  const items = page.map((r) => withReplacement(toRow(r, opts), r, replacements));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > pageSize && last ? encodeCursor(last) : null };
}

/**
 * The same check on serve for labels shown on signed-in pages (the manufacturer's label panel, lists and badges),
 * by label id, so a label that fails it says so there as on its public page. A label's snapshot (~80 KB) is read
 * only when its check is not remembered (lib/labels/integrity.ts: once a minute per label and instance), so a
 * dashboard of many labels does not load every snapshot on every view.
 */
export async function labelIntegrityByIds(
  db: DbClient,
  ids: readonly string[],
  opts: TReadOptions = {},
): Promise<Map<string, TIntegrity>> {
  const out = new Map<string, TIntegrity>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const keys = opts.keys ?? labelVerificationKeys();
  const rows = await db.label.findMany({
    where: { id: { in: unique } },
    select: { id: true, ...integritySelect },
  });
  const due = new Map<string, TIntegrityKeyInput>();
  for (const r of rows) {
    const input = integrityInput(r);
    const remembered = rememberedLabelIntegrity(input, keys, opts.now);
    if (remembered) out.set(r.id, remembered);
    else due.set(r.id, input);
  }
  if (due.size > 0) {
    const snapshots = await db.label.findMany({
      where: { id: { in: [...due.keys()] } },
      select: { id: true, snapshot: true },
    });
    for (const { id, snapshot } of snapshots)
      out.set(
        id,
        checkLabelIntegrityCached(
          { ...due.get(id)!, snapshot: snapshot as unknown as TLabelSnapshot },
          keys,
          opts.now,
        ),
      );
  }
  return out;
}
