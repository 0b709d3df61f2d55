// Lab review: queue, claim, per-criterion decisions, requests for changes, approval (which issues the label),
// rejection and revocation. A reviewer only ever sees and acts on assessments submitted to their own lab.
import { AppError, notFound } from "@/lib/errors";
import type { TQueueQuery } from "@/lib/review/schema";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { AssessmentStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { getCatalog } from "@/lib/schemes";
import { TRANSITIONS } from "@/lib/workflow/transitions";

export const QUEUE_PAGE_SIZE = 25;

const OPEN: AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"];

function queueWhere(actor: SessionUser, q: TQueueQuery): Prisma.AssessmentWhereInput {
  const status: Prisma.AssessmentWhereInput["status"] =
    q.status === "open" ? { in: OPEN } : q.status === "all" ? { not: "DRAFT" } : q.status;
  return {
    labId: actor.organizationId,
    status,
    ...(q.scheme ? { targetSchemes: { has: q.scheme } } : {}),
    ...(q.assignee === "me"
      ? { assigneeId: actor.id }
      : q.assignee === "unassigned"
        ? { assigneeId: null }
        : {}),
    ...(q.q
      ? {
          OR: [
            { product: { modelName: { contains: q.q, mode: "insensitive" } } },
            { owner: { name: { contains: q.q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
}

const SORTS: Record<TQueueQuery["sort"], Prisma.AssessmentOrderByWithRelationInput[]> = {
  submitted: [{ submittedAt: "asc" }, { id: "asc" }], // oldest first: what waits longest comes first
  "-submitted": [{ submittedAt: "desc" }, { id: "desc" }],
  product: [{ product: { modelName: "asc" } }, { id: "asc" }],
  manufacturer: [{ owner: { name: "asc" } }, { id: "asc" }],
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
};

/** Sorts on one of the assessment's own columns, whose index (labId, column, id) can start a page at its cursor. */
const SCALAR_SORT: Partial<
  Record<TQueueQuery["sort"], { field: "submittedAt" | "updatedAt"; asc: boolean }>
> = {
  submitted: { field: "submittedAt", asc: true },
  "-submitted": { field: "submittedAt", asc: false },
  updated: { field: "updatedAt", asc: false },
};

/**
 * Prisma's cursor compares (column, id) with an OR, which PostgreSQL cannot use as an index bound: the scan would
 * start at the first row and filter its way to the cursor. A redundant bound on the column alone (≥ or ≤ the
 * cursor row's value) lets the index start at the cursor; the cursor condition then only settles ties.
 */
async function keysetBound(
  db: DbClient,
  actor: SessionUser,
  q: TQueueQuery,
  cursorId: string | undefined,
  backwards: boolean,
): Promise<Prisma.AssessmentWhereInput> {
  const sort = SCALAR_SORT[q.sort];
  if (!cursorId || !sort) return {};
  const row = await db.assessment.findFirst({
    where: { id: cursorId, labId: actor.organizationId },
    select: { submittedAt: true, updatedAt: true },
  });
  const v = row?.[sort.field];
  if (!v) return {};
  const later = sort.asc !== backwards; // the page lies after the cursor in ascending column order
  return { [sort.field]: later ? { gte: v } : { lte: v } };
}

/** The queue's total is counted up to this many; beyond, the page says "1,000+" (an exact count is O(rows)). */
export const QUEUE_COUNT_CAP = 1000;

/**
 * One page of the lab's queue: keyset pagination (the page after or before a row, in the chosen order, with the
 * row id as tie-breaker), so a deep page costs what the first page costs, and a total counted up to
 * QUEUE_COUNT_CAP. A cursor row that no longer exists gives an empty page (the UI links back to the first page).
 */
export async function listQueue(db: DbClient, actor: SessionUser, q: TQueueQuery) {
  const cursorId = q.after ?? q.before;
  const backwards = q.before !== undefined && q.after === undefined;
  const filters = queueWhere(actor, q);
  const where = { ...filters, ...(await keysetBound(db, actor, q, cursorId, backwards)) };
  const [found, counted] = await Promise.all([
    db.assessment.findMany({
      where,
      orderBy: SORTS[q.sort],
      take: backwards ? -(QUEUE_PAGE_SIZE + 1) : QUEUE_PAGE_SIZE + 1,
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
      select: {
        id: true,
        status: true,
        targetSchemes: true,
        submittedAt: true,
        updatedAt: true,
        round: true,
        product: { select: { modelName: true, firmwareVersion: true } },
        owner: { select: { name: true } },
        assignee: { select: { id: true, name: true } },
      },
    }),
    db.assessment.count({ where: filters, take: QUEUE_COUNT_CAP + 1 }),
  ]);
  const extra = found.length > QUEUE_PAGE_SIZE;
  const rows = !extra ? found : backwards ? found.slice(1) : found.slice(0, QUEUE_PAGE_SIZE);
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
    if (!now) throw notFound("This assessment");
    if (count !== 1) {
      if (now.assignee && now.assignee.id !== actor.id) {
        throw new AppError("CONFLICT", `${now.assignee.name} is already reviewing this assessment.`);
      }
      throw new AppError("INVALID_STATE", "This assessment cannot be claimed in its current state.");
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
  if (!current) throw notFound("This assessment");
  if (count === 1) return current;
  if (current.status !== "IN_REVIEW")
    throw new AppError("INVALID_STATE", "This assessment is not in review any more.");
  if (current.assigneeId !== actor.id)
    throw new AppError("FORBIDDEN", "Claim this assessment before reviewing it.");
  throw new AppError(
    "STALE",
    "The assessment changed since this page was loaded. Reload it and check again.",
  );
}

export function assertCriterion(catalogVersion: string, key: string) {
  if (!getCatalog(catalogVersion).criteria.some((c) => c.key === key)) {
    throw new AppError("VALIDATION", `There is no criterion "${key}" in catalog ${catalogVersion}.`);
  }
}
