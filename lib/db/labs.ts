// Labs as manufacturers choose them and as the administrator maintains them. A lab can take an assessment only while
// it has at least one active (not disabled) reviewer: otherwise a submission would wait in a queue nobody reads.
import { notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { TSetLabAccreditation } from "@/lib/labs/schema";

/** The `where` of a lab that can review: kind LAB with an active reviewer. Shared by the list and the server check. */
export const LAB_WITH_ACTIVE_REVIEWER = {
  kind: "LAB",
  memberships: { some: { role: "LAB_REVIEWER", user: { disabledAt: null } } },
} satisfies Prisma.OrganizationWhereInput;

/** Labs a manufacturer may start an assessment with, by name. */
export function listLabsAcceptingAssessments(db: DbClient) {
  return db.organization.findMany({
    where: LAB_WITH_ACTIVE_REVIEWER,
    orderBy: { name: "asc" },
    select: { id: true, name: true, country: true, accreditation: true },
  });
}

/** Records (or clears, with null) a lab's accreditation. Labels already issued keep the one frozen in them. */
export async function setLabAccreditation(db: PrismaClient, actor: SessionUser, input: TSetLabAccreditation) {
  return db.$transaction(async (tx) => {
    const lab = await tx.organization.findFirst({
      where: { id: input.labId, kind: "LAB" },
      select: { id: true, accreditation: true },
    });
    if (!lab) throw notFound("labNotFound");
    const updated = await tx.organization.update({
      where: { id: lab.id },
      data: { accreditation: input.accreditation },
      select: { id: true, name: true, accreditation: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "lab.accreditation_changed",
      subjectType: "organization",
      subjectId: lab.id,
      organizationId: lab.id,
      details: { from: lab.accreditation, to: input.accreditation },
    });
    return updated;
  });
}
