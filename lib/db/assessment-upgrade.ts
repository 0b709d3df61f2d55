// Upgrading a draft to a newer catalog version: answers carry over by question id, in one audited transaction.
import { emsg } from "@/lib/i18n/errors";
import { planUpgradeFor } from "@/lib/assessments/upgrade";
import type { TUpgradeCatalog } from "@/lib/assessments/schema";
import { answersFromRows, lockForEdit } from "@/lib/db/assessments";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export async function upgradeAssessmentCatalog(db: PrismaClient, actor: SessionUser, input: TUpgradeCatalog) {
  return db.$transaction(async (tx) => {
    const a = await tx.assessment.findFirst({
      where: { id: input.assessmentId, organizationId: actor.organizationId },
      select: { catalogVersion: true, answers: { select: { questionId: true, value: true } } },
    });
    if (!a) throw notFound("assessmentNotFound");
    // Ownership, status (draft or changes requested) and the version the page showed, all in one guarded write.
    const version = await lockForEdit(tx, actor, input.assessmentId, input.expectedVersion);
    const plan = planUpgradeFor(a.catalogVersion, answersFromRows(a.catalogVersion, a.answers));
    if (!plan) throw new AppError("INVALID_STATE", emsg("newestCatalog", { version: a.catalogVersion }));
    if (plan.to !== input.toVersion)
      throw new AppError("VALIDATION", emsg("notTheUpgrade", { to: input.toVersion, expected: plan.to }), {
        fieldErrors: { toVersion: [emsg("expectedVersion", { version: plan.to })] },
      });
    const keep = new Set(Object.keys(plan.carried));
    const drop = a.answers.map((r) => r.questionId).filter((id) => !keep.has(id));
    if (drop.length > 0)
      await tx.answer.deleteMany({ where: { assessmentId: input.assessmentId, questionId: { in: drop } } });
    // Values are stored as the new catalog parses them (e.g. a "yes" loses an old N/A justification).
    for (const [questionId, value] of Object.entries(plan.carried)) {
      const stored = a.answers.find((r) => r.questionId === questionId)?.value;
      if (JSON.stringify(stored) === JSON.stringify(value)) continue;
      await tx.answer.update({
        where: { assessmentId_questionId: { assessmentId: input.assessmentId, questionId } },
        data: { value: value as Prisma.InputJsonValue, updatedById: actor.id },
      });
    }
    const removedQuestions = plan.removedQuestions.map((q) => q.id);
    if (removedQuestions.length > 0)
      await tx.evidenceLink.deleteMany({
        where: { questionId: { in: removedQuestions }, evidence: { assessmentId: input.assessmentId } },
      });
    await tx.assessment.update({ where: { id: input.assessmentId }, data: { catalogVersion: plan.to } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assessment.catalog_upgraded",
      subjectType: "assessment",
      subjectId: input.assessmentId,
      organizationId: actor.organizationId,
      details: {
        from: plan.from,
        to: plan.to,
        droppedAnswers: drop,
        criteria: plan.criteria.map((c) => `${c.key}: ${c.before ?? "—"} → ${c.after ?? "—"}`),
      },
    });
    return { version, catalogVersion: plan.to, droppedAnswers: drop };
  });
}
