// Releasing and reassigning an assessment. A claim is a lock held by one reviewer; when that reviewer is disabled
// nobody else could act on their assessments. An administrator may release or reassign any assigned open
// assessment; a reviewer only one of their own lab whose assignee is disabled. The new assignee must be an active
// reviewer of the assessment's lab. Each change is one conditional update with its audit event, in one transaction.
import { emsg } from "@/lib/i18n/errors";
import { AppError, notFound } from "@/lib/errors";
import type { TReassign } from "@/lib/review/schema";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { AssessmentStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";

const OPEN: AssessmentStatus[] = ["SUBMITTED", "IN_REVIEW", "CHANGES_REQUESTED"];
const ASSIGNEE_DISABLED: Prisma.AssessmentWhereInput = { assignee: { is: { disabledAt: { not: null } } } };

/** Who may touch which assessments: an administrator any lab's, a reviewer only their lab's stuck ones. */
function actorScope(actor: SessionUser): Prisma.AssessmentWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "LAB_REVIEWER") return { labId: actor.organizationId, ...ASSIGNEE_DISABLED };
  return { id: { in: [] } };
}

/** Lab reading scope (what the actor may see, to explain a refusal): a reviewer sees only their lab. */
function readScope(actor: SessionUser): Prisma.AssessmentWhereInput {
  if (actor.role === "ADMIN") return {};
  if (actor.role === "LAB_REVIEWER") return { labId: actor.organizationId };
  return { id: { in: [] } };
}

export async function reassignAssessment(db: PrismaClient, actor: SessionUser, input: TReassign) {
  return db.$transaction(async (tx) => {
    const a = await tx.assessment.findFirst({
      where: { id: input.assessmentId, status: { not: "DRAFT" }, ...readScope(actor) },
      select: {
        status: true,
        version: true,
        labId: true,
        organizationId: true,
        assignee: { select: { id: true, name: true, disabledAt: true } },
      },
    });
    if (!a) throw notFound("assessmentNotFound");
    if (!OPEN.includes(a.status)) {
      throw new AppError("INVALID_STATE", emsg("releaseStates"));
    }
    if (!a.assignee) {
      throw new AppError("INVALID_STATE", emsg("nobodyHolds"));
    }
    if (actor.role !== "ADMIN" && !a.assignee.disabledAt) {
      throw new AppError("FORBIDDEN", emsg("activeHolder", { name: a.assignee.name }));
    }
    if (a.version !== input.expectedVersion) {
      throw new AppError("STALE", emsg("changedSinceLoaded"));
    }
    let target: { id: string; name: string } | null = null;
    if (input.assigneeId !== null) {
      if (input.assigneeId === a.assignee.id) {
        throw new AppError("VALIDATION", emsg("alreadyHolds", { name: a.assignee.name }), {
          fieldErrors: { assigneeId: [emsg("chooseAnotherReviewer")] },
        });
      }
      target = await tx.user.findFirst({
        where: {
          id: input.assigneeId,
          disabledAt: null,
          memberships: { some: { organizationId: a.labId, role: "LAB_REVIEWER" } },
        },
        select: { id: true, name: true },
      });
      if (!target) {
        throw new AppError("VALIDATION", emsg("chooseLabReviewer"), {
          fieldErrors: { assigneeId: [emsg("chooseLabReviewer")] },
        });
      }
    }
    // Released from review, it goes back to the queue for anyone to claim; otherwise the state stays.
    const to: AssessmentStatus = !target && a.status === "IN_REVIEW" ? "SUBMITTED" : a.status;
    const { count } = await tx.assessment.updateMany({
      where: {
        id: input.assessmentId,
        version: input.expectedVersion,
        status: a.status,
        assigneeId: a.assignee.id,
        AND: [
          actorScope(actor),
          target
            ? {
                lab: {
                  memberships: {
                    some: { userId: target.id, role: "LAB_REVIEWER", user: { is: { disabledAt: null } } },
                  },
                },
              }
            : {},
        ],
      },
      data: {
        assigneeId: target?.id ?? null,
        status: to,
        version: { increment: 1 },
        ...(!target ? { claimedAt: null } : a.status === "IN_REVIEW" ? { claimedAt: new Date() } : {}),
      },
    });
    if (count !== 1) {
      throw new AppError("STALE", emsg("reviewersChanged"));
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: target ? "assessment.reassigned" : "assessment.released",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      organizationId: a.organizationId,
      details: {
        from: a.status,
        to,
        previousAssignee: a.assignee.name,
        previousAssigneeId: a.assignee.id,
        previousAssigneeDisabled: a.assignee.disabledAt !== null,
        assignee: target?.name ?? null,
        assigneeId: target?.id ?? null,
      },
    });
    return { version: a.version + 1, status: to, assignee: target };
  });
}

/**
 * Assigned open assessments for the assignments page: an administrator's across labs (only those held by
 * disabled reviewers unless `all`), a reviewer's only their lab's stuck ones. At most `take` rows, oldest first.
 */
export async function listAssignments(
  db: DbClient,
  actor: SessionUser,
  opts: { all: boolean; take?: number },
) {
  const where: Prisma.AssessmentWhereInput = {
    status: { in: OPEN },
    assigneeId: { not: null },
    ...(actor.role === "ADMIN" ? (opts.all ? {} : ASSIGNEE_DISABLED) : actorScope(actor)),
  };
  const [rows, total] = await Promise.all([
    db.assessment.findMany({
      where,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: opts.take ?? 100,
      select: {
        id: true,
        status: true,
        version: true,
        round: true,
        submittedAt: true,
        labId: true,
        product: { select: { modelName: true } },
        owner: { select: { name: true } },
        lab: { select: { name: true } },
        assignee: { select: { id: true, name: true, disabledAt: true } },
      },
    }),
    db.assessment.count({ where }),
  ]);
  return { rows, total };
}

/** Active reviewers of the given labs, by lab id, for the reassignment choice. */
export async function activeReviewersByLab(db: DbClient, labIds: readonly string[]) {
  const rows = await db.membership.findMany({
    where: { organizationId: { in: [...new Set(labIds)] }, role: "LAB_REVIEWER", user: { disabledAt: null } },
    orderBy: { user: { name: "asc" } },
    select: { organizationId: true, user: { select: { id: true, name: true } } },
  });
  const out = new Map<string, { id: string; name: string }[]>();
  for (const r of rows) out.set(r.organizationId, [...(out.get(r.organizationId) ?? []), r.user]);
  return out;
}

/** Whether an assessment's assignee can still act (an account disabled by an administrator cannot). */
export async function isUserDisabled(db: DbClient, userId: string): Promise<boolean> {
  const u = await db.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
  return u?.disabledAt != null;
}

/** How many of the reviewer's lab's open assessments are held by disabled reviewers (the queue links to them). */
export function countStuckAssignments(db: DbClient, actor: SessionUser) {
  return db.assessment.count({
    where: { status: { in: OPEN }, assigneeId: { not: null }, ...actorScope(actor) },
  });
}
