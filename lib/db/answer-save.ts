// Autosave of one answer in one statement: the edit lock (the assessment is the caller's, editable, still at the
// version the caller saw, on the catalog the value was checked against), the version bump, the write (upsert, or
// delete for a cleared answer) and its audit event (the hash-chained trail, numbered and linked by the database's
// trigger under the organisation's chain lock, held only until this statement commits), in a single CTE. The
// value before, which the audit event records, is read just before at the same version.
// Whatever the CTE refuses is explained afterwards by the same messages as lockForEdit (lib/db/assessments.ts).
import { emsg } from "@/lib/i18n/errors";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/db/accounts";
import { prepareAudit } from "@/lib/db/audit";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { EDITABLE } from "@/lib/workflow/transitions";

export type TAnswerWrite = {
  assessmentId: string;
  questionId: string;
  /** The validated value, or null to clear the answer. */
  value: Prisma.InputJsonValue | null;
  expectedVersion: number;
  /** The catalog the value was validated against: the write is refused if the assessment is on another one. */
  catalogVersion: string;
};

/**
 * Writes the answer and its audit event atomically; returns the new version, or throws why not.
 *
 * Two statements and no interactive transaction (its BEGIN and COMMIT round trips cost more than the write): the
 * value before is read first, at the version the caller saw; then one statement locks the assessment at that
 * version, bumps it, writes the answer and inserts the audit event (numbered and linked by the database's trigger,
 * in the organisation's chain) — or, if anyone wrote in between, matches nothing and writes nothing (STALE), so
 * the audited "from" is always the value this write replaced.
 */
export async function writeAnswer(
  db: PrismaClient,
  actor: SessionUser,
  w: TAnswerWrite,
): Promise<{ version: number; catalogMismatch: false } | { catalogMismatch: true }> {
  const json = w.value === null ? null : JSON.stringify(w.value);
  const [prior] = await db.$queryRaw<{ version: number; before: Prisma.JsonValue | null }[]>`
    SELECT a."version",
           (SELECT "value" FROM "Answer" WHERE "assessmentId" = a."id" AND "questionId" = ${w.questionId}) AS "before"
      FROM "Assessment" a WHERE a."id" = ${w.assessmentId} AND a."organizationId" = ${actor.organizationId}`;
  let version: number | null = null;
  if (prior && prior.version === w.expectedVersion) {
    const e = prepareAudit({
      actorId: actor.id,
      action: w.value === null ? "answer.cleared" : "answer.saved",
      subjectType: "assessment",
      subjectId: w.assessmentId,
      organizationId: actor.organizationId,
      details: { questionId: w.questionId, from: prior.before ?? null, to: w.value },
    });
    const rows = await db.$queryRaw<{ version: number | null }[]>`
      WITH a AS (
        UPDATE "Assessment" SET "version" = "version" + 1, "updatedAt" = now()
         WHERE "id" = ${w.assessmentId} AND "organizationId" = ${actor.organizationId}
           AND "status"::text = ANY(${[...EDITABLE]}::text[]) AND "version" = ${w.expectedVersion}
           AND "catalogVersion" = ${w.catalogVersion}
        RETURNING "id", "version"
      ), up AS (
        INSERT INTO "Answer" ("id", "assessmentId", "questionId", "value", "updatedById", "createdAt", "updatedAt")
        SELECT ${randomUUID()}, a."id", ${w.questionId}, ${json}::jsonb, ${actor.id}, now(), now()
          FROM a WHERE ${json}::jsonb IS NOT NULL
        ON CONFLICT ("assessmentId", "questionId")
          DO UPDATE SET "value" = EXCLUDED."value", "updatedById" = EXCLUDED."updatedById", "updatedAt" = now(),
            "carriedAt" = NULL
        RETURNING 1
      ), del AS (
        DELETE FROM "Answer" d USING a
         WHERE d."assessmentId" = a."id" AND d."questionId" = ${w.questionId} AND ${json}::jsonb IS NULL
        RETURNING 1
      ), ev AS (
        INSERT INTO "AuditEvent" ("id", "actorId", "action", "subjectType", "subjectId", "organizationId", "details",
                                  "createdAt", "bodyHash")
        SELECT ${randomUUID()}, ${e.actorId}, ${e.action}, ${e.subjectType}, ${e.subjectId}, ${e.organizationId},
               ${JSON.stringify(e.details)}::jsonb, ${e.createdAt}, ${e.bodyHash}
          FROM a
        RETURNING 1
      )
      SELECT (SELECT "version" FROM a) AS "version"`;
    version = rows[0]?.version ?? null;
  }
  if (version === null) {
    const current = await db.assessment.findFirst({
      where: { id: w.assessmentId, organizationId: actor.organizationId },
      select: { status: true, version: true, catalogVersion: true },
    });
    if (!current) throw notFound("assessmentNotFound");
    if (!EDITABLE.includes(current.status)) throw new AppError("INVALID_STATE", emsg("submittedNoEdit"));
    if (current.version === w.expectedVersion && current.catalogVersion !== w.catalogVersion)
      return { catalogMismatch: true as const };
    throw new AppError("STALE", emsg("changedByOther"));
  }
  return { version, catalogMismatch: false as const };
}
