// Autosave of one answer in one statement: the edit lock (the assessment is the caller's, editable, still at the
// version the caller saw, on the catalog the value was checked against), the version bump, the write (upsert, or
// delete for a cleared answer) and the previous value for the audit trail, in a single CTE. The audit event then
// goes through recordAudit (the hash-chained trail, numbered and linked by the database's trigger under its lock),
// as its own statement just before the commit, so the chain's lock is held for as short a time as it can be.
// Whatever the CTE refuses is explained afterwards by the same messages as lockForEdit (lib/db/assessments.ts).
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/db/accounts";
import { recordAudit } from "@/lib/db/audit";
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

type TRow = { version: number | null; before: Prisma.JsonValue | null };

/** Writes the answer and its audit event in one transaction; returns the new version, or throws why not. */
export async function writeAnswer(
  db: PrismaClient,
  actor: SessionUser,
  w: TAnswerWrite,
): Promise<{ version: number; catalogMismatch: false } | { catalogMismatch: true }> {
  return db.$transaction(async (tx) => {
    const json = w.value === null ? null : JSON.stringify(w.value);
    const rows = await tx.$queryRaw<TRow[]>`
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
      )
      SELECT (SELECT "version" FROM a) AS "version",
             (SELECT "value" FROM "Answer" WHERE "assessmentId" = ${w.assessmentId} AND "questionId" = ${w.questionId}) AS "before"`;
    const row = rows[0];
    if (!row || row.version === null) {
      const current = await tx.assessment.findFirst({
        where: { id: w.assessmentId, organizationId: actor.organizationId },
        select: { status: true, version: true, catalogVersion: true },
      });
      if (!current) throw notFound("This assessment");
      if (!EDITABLE.includes(current.status))
        throw new AppError(
          "INVALID_STATE",
          "This assessment has been submitted and can no longer be edited.",
        );
      if (current.version === w.expectedVersion && current.catalogVersion !== w.catalogVersion)
        return { catalogMismatch: true as const };
      throw new AppError(
        "STALE",
        "Someone else changed this assessment after you opened it. The latest answers are shown now; re-enter your change if it is still needed.",
      );
    }
    // The CTE's last SELECT reads the statement's snapshot: the value before this write (what the audit shows).
    const before = row.before ?? null;
    await recordAudit(tx, {
      actorId: actor.id,
      action: w.value === null ? "answer.cleared" : "answer.saved",
      subjectType: "assessment",
      subjectId: w.assessmentId,
      organizationId: actor.organizationId,
      details: { questionId: w.questionId, from: before, to: w.value },
    });
    return { version: row.version, catalogMismatch: false as const };
  });
}
