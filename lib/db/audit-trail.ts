// An assessment's audit trail: its own events plus those of the label it led to, oldest first. Callers check
// access first (getAssessmentForLab / getAssessmentForOwner): this function only reads by id.
import type { DbClient } from "@/lib/db/types";

export async function listAssessmentTrail(db: DbClient, assessmentId: string) {
  const label = await db.label.findUnique({ where: { assessmentId }, select: { id: true } });
  return db.auditEvent.findMany({
    where: {
      OR: [
        { subjectType: "assessment", subjectId: assessmentId },
        ...(label ? [{ subjectType: "label", subjectId: label.id }] : []),
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      action: true,
      subjectType: true,
      details: true,
      createdAt: true,
      actor: { select: { name: true } },
    },
  });
}

export type TTrailEvent = Awaited<ReturnType<typeof listAssessmentTrail>>[number];
