// Administration of labs and their reviewers. Only admins reach these functions (lib/actions/admin-users.ts);
// disabling a reviewer takes effect on their next request, because sessions are re-loaded from the database.
import { revokeUserSessions } from "@/lib/auth/sessions";
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Every lab with its reviewers and how many assessments it has open. */
export function listLabsWithReviewers(db: DbClient) {
  return db.organization.findMany({
    where: { kind: "LAB" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      country: true,
      accreditation: true,
      createdAt: true,
      memberships: {
        where: { role: "LAB_REVIEWER" },
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true, email: true, disabledAt: true } } },
      },
      _count: { select: { assessmentsAsLab: { where: { status: { in: ["SUBMITTED", "IN_REVIEW"] } } } } },
    },
  });
}

/** Disables or re-enables a lab reviewer's account. Only reviewers: admins and manufacturers are not managed here. */
export async function setReviewerDisabled(
  db: PrismaClient,
  actor: SessionUser,
  input: { userId: string; disabled: boolean },
) {
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { userId: input.userId, role: "LAB_REVIEWER" },
      select: { organizationId: true },
    });
    if (!membership) throw notFound("reviewerNotFound");
    const user = await tx.user.update({
      where: { id: input.userId },
      data: { disabledAt: input.disabled ? new Date() : null },
      select: { id: true, disabledAt: true },
    });
    // A disabled account's sessions end now, and stay ended if it is enabled again.
    if (input.disabled) await revokeUserSessions(tx, user.id, "disabled", { actorId: actor.id });
    await recordAudit(tx, {
      actorId: actor.id,
      action: input.disabled ? "user.disabled" : "user.enabled",
      subjectType: "user",
      subjectId: user.id,
      organizationId: membership.organizationId,
    });
    return { id: user.id, disabled: user.disabledAt !== null };
  });
}
