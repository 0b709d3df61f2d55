// Lab review: queue, claim, per-criterion decisions, requests for changes, approval (which issues the label),
// rejection and revocation. A reviewer only ever sees and acts on assessments submitted to their own lab.
import { emsg } from "@/lib/i18n/errors";
import { AppError, notFound } from "@/lib/errors";
import type { TQueueQuery } from "@/lib/review/schema";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssessmentStatus, PrismaClient } from "@/lib/generated/prisma/client";
import { getCatalog } from "@/lib/schemes";
import { TRANSITIONS } from "@/lib/workflow/transitions";

export const QUEUE_PAGE_SIZE = 25;

const OPEN: AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"];

/** A search matching more products (or manufacturers) than this is filtered by joining the names instead. */
const SEARCH_ID_LIMIT = 500;

/** pg_trgm finds a substring through its index when the term has a trigram, i.e. three characters or more. */
const MIN_TRIGRAM_TERM = 3;

/**
 * The search, as alternative filters of which exactly one applies (the other is switched off by a one-time filter
 * the database evaluates before it reads a row). Sparse terms (the usual case): the names are resolved through the
 * trigram indexes (pg_trgm GIN on product model names and organisation names) to at most SEARCH_ID_LIMIT product
 * and manufacturer ids, and the assessments found through their own indexes on productId / organizationId (a
 * bitmap OR), rather than by joining both tables to every assessment of the lab and filtering, which reads the
 * lab's whole queue when matches are sparse. Dense terms (more ids than that): the join, whose matches are found
 * early in the index order.
 */
function searchSql(term: string): { ids: Prisma.Sql; sparse: Prisma.Sql; dense: Prisma.Sql } {
  const like = `%${term}%`; // the same pattern as Prisma's `contains` (no escaping of % and _ either)
  // Looked up once per statement (a materialised CTE), read by every branch. A term of three characters or more
  // has trigrams: queue_search_ids (migration 20261202000002_queue_search_ids) asks the trigram indexes, which the
  // planner would skip for a seemingly cheap sequential scan matching every name. A shorter term has none (the
  // index would be read whole): the names are matched one by one, as the planner chooses.
  const ids =
    term.length >= MIN_TRIGRAM_TERM
      ? Prisma.sql`s AS MATERIALIZED (SELECT "product_ids" AS "p", "maker_ids" AS "o"
          FROM queue_search_ids(${like}, ${SEARCH_ID_LIMIT + 1}))`
      : Prisma.sql`s AS MATERIALIZED (SELECT
      ARRAY(SELECT "id" FROM "Product" WHERE "modelName" ILIKE ${like} LIMIT ${SEARCH_ID_LIMIT + 1}) AS "p",
      ARRAY(SELECT "id" FROM "Organization" WHERE "kind" = 'MANUFACTURER' AND "name" ILIKE ${like} LIMIT ${SEARCH_ID_LIMIT + 1}) AS "o")`;
  const isSparse = Prisma.sql`(SELECT cardinality("p") <= ${SEARCH_ID_LIMIT} AND cardinality("o") <= ${SEARCH_ID_LIMIT} FROM s)`;
  return {
    ids,
    sparse: Prisma.sql` AND ${isSparse} AND (a."productId" = ANY((SELECT "p" FROM s)::text[]) OR a."organizationId" = ANY((SELECT "o" FROM s)::text[]))`,
    dense: Prisma.sql` AND NOT ${isSparse} AND (EXISTS (SELECT 1 FROM "Product" sp WHERE sp."id" = a."productId" AND sp."modelName" ILIKE ${like})
        OR EXISTS (SELECT 1 FROM "Organization" so WHERE so."id" = a."organizationId" AND so."name" ILIKE ${like}))`,
  };
}

/** The queue's filters but the search, in SQL (a = the assessment); shared by the page and its capped count. */
function queueFilterSql(actor: SessionUser, q: TQueueQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`a."labId" = ${actor.organizationId}`,
    q.status === "all"
      ? Prisma.sql`a."status" <> 'DRAFT'`
      : Prisma.sql`a."status" = ANY(${q.status === "open" ? OPEN : [q.status]}::"AssessmentStatus"[])`,
    // Every assessment past DRAFT has a submission time (set at submit); said here so that the keyset on it never
    // meets a NULL.
    Prisma.sql`a."submittedAt" IS NOT NULL`,
  ];
  // Membership rather than containment (`@> ARRAY[…]`): the same rows, without building and deconstructing an
  // array for each row the search or the scheme filter reads (no index serves either form).
  if (q.scheme) parts.push(Prisma.sql`${q.scheme}::text = ANY(a."targetSchemes")`);
  if (q.assignee === "me") parts.push(Prisma.sql`a."assigneeId" = ${actor.id}`);
  else if (q.assignee === "unassigned") parts.push(Prisma.sql`a."assigneeId" IS NULL`);
  return Prisma.join(parts, " AND ");
}

/**
 * Each order: its key column (from the assessment a, its product p or its manufacturer o), its direction, and
 * whether the (labId, column, id) index can start a page at the cursor (the redundant bound `column ≥ value`).
 */
const SORTS: Record<TQueueQuery["sort"], { column: string; asc: boolean; indexed: boolean }> = {
  submitted: { column: `a."submittedAt"`, asc: true, indexed: true }, // oldest first: what waits longest comes first
  "-submitted": { column: `a."submittedAt"`, asc: false, indexed: true },
  product: { column: `p."modelName"`, asc: true, indexed: false },
  manufacturer: { column: `o."name"`, asc: true, indexed: false },
  updated: { column: `a."updatedAt"`, asc: false, indexed: false },
};

/** The queue's total is counted up to this many; beyond, the page says "1,000+" (an exact count is O(rows)). */
export const QUEUE_COUNT_CAP = 1000;

type TQueueSqlRow = {
  total: number;
  id: string | null;
  status: AssessmentStatus;
  targetSchemes: string[];
  submittedAt: Date | null;
  updatedAt: Date;
  round: number;
  modelName: string;
  firmwareVersion: string;
  ownerName: string;
  assigneeId: string | null;
  assigneeName: string | null;
};

/**
 * One page of the lab's queue: keyset pagination (the page after or before a row, in the chosen order, with the
 * row id as tie-breaker), so a deep page costs what the first page costs, and a total counted up to
 * QUEUE_COUNT_CAP. A cursor row that no longer exists gives an empty page (the UI links back to the first page).
 *
 * One SQL statement (after the search's id lookup, when there is a search): the page with its product,
 * manufacturer and assignee joined, the cursor row read in a subquery, and the capped count. Through Prisma's
 * query builder the same page took five round trips (one per relation) plus the cursor row, its `cursor` option
 * emitted no LIMIT (every row after the cursor was read), and its capped count sorted every match by id first:
 * the 100,000-assessment deep page and search were slow for those reasons, not for their index scans.
 */
export async function listQueue(db: DbClient, actor: SessionUser, q: TQueueQuery) {
  const cursorId = q.after ?? q.before;
  const backwards = q.before !== undefined && q.after === undefined;
  const sort = SORTS[q.sort];
  const asc = sort.asc !== backwards;
  const filters = queueFilterSql(actor, q);
  const col = Prisma.raw(sort.column);
  const dir = Prisma.raw(asc ? "ASC" : "DESC");
  const op = Prisma.raw(asc ? ">" : "<");
  const limit = QUEUE_PAGE_SIZE + 1;
  // The cursor's key, read in the statement; no such row in this lab: NULL, so no row passes and the page is empty.
  const key = Prisma.sql`(SELECT ${col} FROM "Assessment" a JOIN "Product" p ON p."id" = a."productId"
      JOIN "Organization" o ON o."id" = a."organizationId" WHERE a."id" = ${cursorId ?? null} AND a."labId" = ${actor.organizationId})`;
  const keyset = (keyCol: string, idCol: string, indexed: boolean) =>
    cursorId
      ? Prisma.sql` AND (${Prisma.raw(keyCol)}, ${Prisma.raw(idCol)}) ${op} (${key}, ${cursorId})${
          indexed ? Prisma.sql` AND ${col} ${Prisma.raw(asc ? ">=" : "<=")} ${key}` : Prisma.empty
        }`
      : Prisma.empty;
  const select = Prisma.sql`a."id", a."status", a."targetSchemes", a."submittedAt", a."updatedAt", a."round",
             p."modelName", p."firmwareVersion", o."name" AS "ownerName", u."id" AS "assigneeId",
             u."name" AS "assigneeName"`;
  const joins = Prisma.sql`JOIN "Product" p ON p."id" = a."productId"
        JOIN "Organization" o ON o."id" = a."organizationId"
        LEFT JOIN "User" u ON u."id" = a."assigneeId"`;
  // A page read along the order's index from the start (or the cursor), filtering as it goes: its cost is the
  // rows it passes over before it has a page, so it suits a filter that most rows pass.
  const walk = (b: Prisma.Sql) => Prisma.sql`(SELECT ${select}, ${col} AS "sortKey"
        FROM "Assessment" a
        ${joins}
       WHERE ${filters}${b}${keyset(sort.column, `a."id"`, sort.indexed)}
       ORDER BY ${col} ${dir}, a."id" ${dir}
       LIMIT ${limit})`;
  const capped = (b: Prisma.Sql) =>
    Prisma.sql`(SELECT 1 FROM "Assessment" a WHERE ${filters}${b} LIMIT ${QUEUE_COUNT_CAP + 1})`;
  let withs = Prisma.empty;
  let counts = [capped(Prisma.empty)];
  let pages = [walk(Prisma.empty)];
  if (q.q) {
    // A search's matches found through the product and manufacturer ids are read once, up to the count's cap, with
    // their sort keys (m). Up to the cap (a few matches, or none), the page is the first of them in the order,
    // found in m: a walk along the order's index would pass over the lab's whole queue before it knew there were
    // no more. Past the cap the matches are at least 1 in (lab size / 1,001), and the walk finds a page early.
    const { ids, sparse, dense } = searchSql(q.q);
    const sortJoin = sort.column.startsWith("p.")
      ? Prisma.sql` JOIN "Product" p ON p."id" = a."productId"`
      : sort.column.startsWith("o.")
        ? Prisma.sql` JOIN "Organization" o ON o."id" = a."organizationId"`
        : Prisma.empty;
    withs = Prisma.sql`WITH ${ids}, m AS MATERIALIZED (SELECT a."id", a."status", a."targetSchemes", a."submittedAt",
         a."updatedAt", a."round", a."productId", a."organizationId", a."assigneeId", ${col} AS "sortKey"
       FROM "Assessment" a${sortJoin}
       WHERE ${filters}${sparse} LIMIT ${QUEUE_COUNT_CAP + 1}) `;
    const few = Prisma.sql`(SELECT count(*) FROM m) <= ${QUEUE_COUNT_CAP}`;
    counts = [Prisma.sql`(SELECT 1 FROM m)`, capped(dense)];
    pages = [
      // m holds the page's own columns, so the page joins only the product, manufacturer and assignee of its rows.
      Prisma.sql`(SELECT ${select}, a."sortKey"
        FROM (SELECT * FROM m WHERE ${few}${keyset(`m."sortKey"`, `m."id"`, false)}
               ORDER BY m."sortKey" ${dir}, m."id" ${dir} LIMIT ${limit}) a
        ${joins}
       ORDER BY a."sortKey" ${dir}, a."id" ${dir}
       LIMIT ${limit})`,
      walk(Prisma.sql`${sparse} AND NOT ${few}`),
      walk(dense),
    ];
  }
  const found = await db.$queryRaw<TQueueSqlRow[]>`${withs}
    SELECT t."total", pg.* FROM
      (SELECT count(*)::int AS "total" FROM (${Prisma.join(counts, " UNION ALL ")}) c) t
    LEFT JOIN LATERAL (
      SELECT * FROM (${Prisma.join(pages, " UNION ALL ")}) b ORDER BY "sortKey" ${dir}, "id" ${dir} LIMIT ${limit}
    ) pg ON true`;
  const counted = Number(found[0]?.total ?? 0);
  const all = found
    .filter((r) => r.id !== null)
    .map((r) => ({
      id: r.id!,
      status: r.status,
      targetSchemes: r.targetSchemes,
      submittedAt: r.submittedAt,
      updatedAt: r.updatedAt,
      round: r.round,
      product: { modelName: r.modelName, firmwareVersion: r.firmwareVersion },
      owner: { name: r.ownerName },
      assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? "" } : null,
    }));
  const extra = all.length > QUEUE_PAGE_SIZE;
  const page = extra ? all.slice(0, QUEUE_PAGE_SIZE) : all;
  const rows = backwards ? page.reverse() : page;
  const hasNext = backwards ? rows.length > 0 : extra;
  const hasPrev = backwards ? extra : cursorId !== undefined && rows.length > 0;
  return {
    rows,
    total: Math.min(counted, QUEUE_COUNT_CAP),
    totalCapped: counted > QUEUE_COUNT_CAP,
    pageSize: QUEUE_PAGE_SIZE,
    nextCursor: hasNext ? (rows.at(-1)?.id ?? null) : null,
    prevCursor: hasPrev ? (rows[0]?.id ?? null) : null,
  };
}

/** The reviewer's lock: a conditional update, so of two reviewers claiming at once exactly one wins. */
export async function claimAssessment(db: PrismaClient, actor: SessionUser, assessmentId: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.assessment.updateMany({
      where: {
        id: assessmentId,
        labId: actor.organizationId,
        status: { in: [...TRANSITIONS.claim.from] },
        // A resubmitted assessment returns to the reviewer who asked for the changes.
        OR: [{ assigneeId: null }, { assigneeId: actor.id }],
      },
      data: {
        status: TRANSITIONS.claim.to,
        assigneeId: actor.id,
        claimedAt: new Date(),
        version: { increment: 1 },
      },
    });
    const now = await tx.assessment.findFirst({
      where: { id: assessmentId, labId: actor.organizationId, status: { not: "DRAFT" } },
      select: {
        status: true,
        version: true,
        organizationId: true,
        assignee: { select: { id: true, name: true } },
      },
    });
    if (!now) throw notFound("assessmentNotFound");
    if (count !== 1) {
      if (now.assignee && now.assignee.id !== actor.id) {
        throw new AppError("CONFLICT", emsg("alreadyReviewing", { name: now.assignee.name }));
      }
      throw new AppError("INVALID_STATE", emsg("cannotClaim"));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assessment.claimed",
      subjectType: "assessment",
      subjectId: assessmentId,
      organizationId: now.organizationId,
      details: { to: "IN_REVIEW" },
    });
    return { version: now.version };
  });
}

/**
 * Locks the assessment for a reviewer action: it must be in review, assigned to this reviewer, in their lab, and
 * still at the version their page showed. Returns the new version; otherwise says exactly why not.
 */
export async function lockForReview(
  tx: DbClient,
  actor: SessionUser,
  assessmentId: string,
  expectedVersion: number,
  to?: AssessmentStatus,
) {
  const { count } = await tx.assessment.updateMany({
    where: {
      id: assessmentId,
      labId: actor.organizationId,
      status: "IN_REVIEW",
      assigneeId: actor.id,
      version: expectedVersion,
    },
    data: { version: { increment: 1 }, ...(to ? { status: to } : {}) },
  });
  const current = await tx.assessment.findFirst({
    where: { id: assessmentId, labId: actor.organizationId, status: { not: "DRAFT" } },
    select: {
      status: true,
      version: true,
      assigneeId: true,
      organizationId: true,
      round: true,
      catalogVersion: true,
    },
  });
  if (!current) throw notFound("assessmentNotFound");
  if (count === 1) return current;
  if (current.status !== "IN_REVIEW") throw new AppError("INVALID_STATE", emsg("notInReview"));
  if (current.assigneeId !== actor.id) throw new AppError("FORBIDDEN", emsg("claimFirst"));
  throw new AppError("STALE", emsg("changedSinceLoaded"));
}

export function assertCriterion(catalogVersion: string, key: string) {
  if (!getCatalog(catalogVersion).criteria.some((c) => c.key === key)) {
    throw new AppError("VALIDATION", emsg("noCriterion", { key, version: catalogVersion }));
  }
}
