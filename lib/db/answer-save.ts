// Autosave of one answer in one statement and one round trip: the edit lock (the assessment is the caller's,
// editable, still at the version the caller saw, on the catalog the value was checked against), the version bump,
// the write (upsert, or delete for a cleared answer) and its audit event (the hash-chained trail, numbered and
// linked by the database's trigger under the organisation's chain lock, held only until this statement commits),
// in a single CTE sent straight through the driver (lib/db/direct.ts: Prisma's client cost 3–4× the statement).
//
// The audit event records the value before. The application hashes the event (bodyHash), so it must know that
// value before the statement runs: it takes the value this process last wrote or saw for the question (none: the
// question is unanswered), and the statement writes only if the stored value is that one (jsonb equality). If it
// is not (another instance wrote it, or it was never seen here), nothing is written and the statement returns the
// stored value, with which the save is sent once more. So the audited "from" is always the value this write
// replaced, checked by the database in the statement that replaces it.
// Whatever the statement refuses is explained by what it read, with the same messages as lockForEdit
// (lib/db/assessments.ts).
import { emsg } from "@/lib/i18n/errors";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/db/accounts";
import { prepareAudit } from "@/lib/db/audit";
import { directQuery } from "@/lib/db/direct";
import { AppError, notFound } from "@/lib/errors";
import type { AssessmentStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
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

export type TAnswerWritten =
  { version: number; catalogMismatch: false } | { catalogMismatch: true; catalogVersion: string };

/**
 * The stored value of (assessment, question) as this process last wrote or read it, as JSON text ("null": none).
 * Only a guess, checked by the write statement itself. Bounded: past MAX entries it starts afresh; values longer
 * than MAX_VALUE_CHARS are not kept (their next save reads them back from the database in its first statement).
 */
const lastKnown = new Map<string, string>();
const LAST_KNOWN_MAX = 20_000;
const MAX_VALUE_CHARS = 8_192;
const keyOf = (assessmentId: string, questionId: string) => `${assessmentId}\u0000${questionId}`;

function remember(key: string, json: string): void {
  if (json.length > MAX_VALUE_CHARS) {
    lastKnown.delete(key);
    return;
  }
  if (!lastKnown.has(key) && lastKnown.size >= LAST_KNOWN_MAX) lastKnown.clear();
  lastKnown.set(key, json);
}

type TRow = {
  written: number | null;
  found: boolean;
  version: number | null;
  status: string | null;
  catalogVersion: string | null;
  beforeMatched: boolean | null;
  before: Prisma.JsonValue | null;
};

// $1 assessment, $2 organisation, $3 question, $4 the new value (jsonb text, NULL to clear), $5 expected version,
// $6 catalog version, $7 editable statuses, $8 the value believed to be stored (jsonb text, 'null': none),
// $9 new answer id, $10 actor, $11 audit event id, $12 action, $13 details (jsonb text), $14 createdAt (UTC),
// $15 bodyHash.
const WRITE_ANSWER = {
  name: "cyberlabel_write_answer_v1",
  text: `
WITH cur AS (
  SELECT x."id", x."version", x."status"::text AS "status", x."catalogVersion",
         (SELECT "value" FROM "Answer" WHERE "assessmentId" = x."id" AND "questionId" = $3) AS "before"
    FROM "Assessment" x WHERE x."id" = $1 AND x."organizationId" = $2
), a AS (
  UPDATE "Assessment" SET "version" = "version" + 1, "updatedAt" = now()
   WHERE "id" = $1 AND "organizationId" = $2
     AND "status"::text = ANY($7::text[]) AND "version" = $5 AND "catalogVersion" = $6
     AND coalesce((SELECT "before" FROM cur), 'null') = $8::jsonb
  RETURNING "id", "version"
), up AS (
  INSERT INTO "Answer" ("id", "assessmentId", "questionId", "value", "updatedById", "createdAt", "updatedAt")
  SELECT $9, a."id", $3, $4::jsonb, $10, now(), now()
    FROM a WHERE $4::jsonb IS NOT NULL
  ON CONFLICT ("assessmentId", "questionId")
    DO UPDATE SET "value" = EXCLUDED."value", "updatedById" = EXCLUDED."updatedById", "updatedAt" = now(),
      "carriedAt" = NULL
  RETURNING 1
), del AS (
  DELETE FROM "Answer" d USING a
   WHERE d."assessmentId" = a."id" AND d."questionId" = $3 AND $4::jsonb IS NULL
  RETURNING 1
), ev AS (
  INSERT INTO "AuditEvent" ("id", "actorId", "action", "subjectType", "subjectId", "organizationId", "details",
                            "createdAt", "bodyHash")
  SELECT $11, $10, $12, 'assessment', a."id", $2, $13::jsonb, $14::timestamp(3), $15
    FROM a
  RETURNING 1
)
SELECT (SELECT "version" FROM a) AS "written", cur."id" IS NOT NULL AS "found", cur."version", cur."status",
       cur."catalogVersion", coalesce(cur."before", 'null') = $8::jsonb AS "beforeMatched", cur."before"
  FROM (SELECT 1) one LEFT JOIN cur ON true`,
};

/**
 * Writes the answer and its audit event atomically; returns the new version, or throws why not. One round trip
 * when the value before is the one this process knows (or the question is unanswered), two otherwise.
 */
export async function writeAnswer(
  db: PrismaClient,
  actor: SessionUser,
  w: TAnswerWrite,
): Promise<TAnswerWritten> {
  const json = w.value === null ? null : JSON.stringify(w.value);
  const key = keyOf(w.assessmentId, w.questionId);
  let before = lastKnown.get(key) ?? "null";
  for (let attempt = 0; attempt < 3; attempt++) {
    const from = JSON.parse(before) as Prisma.JsonValue;
    const e = prepareAudit({
      actorId: actor.id,
      action: w.value === null ? "answer.cleared" : "answer.saved",
      subjectType: "assessment",
      subjectId: w.assessmentId,
      organizationId: actor.organizationId,
      details: { questionId: w.questionId, from, to: w.value },
    });
    const [row] = await directQuery<TRow>(db, WRITE_ANSWER, [
      w.assessmentId,
      actor.organizationId,
      w.questionId,
      json,
      w.expectedVersion,
      w.catalogVersion,
      [...EDITABLE],
      before,
      randomUUID(),
      actor.id,
      randomUUID(),
      e.action,
      JSON.stringify(e.details),
      e.createdAt.toISOString(),
      e.bodyHash,
    ]);
    if (row && row.written !== null) {
      remember(key, json ?? "null");
      return { version: Number(row.written), catalogMismatch: false };
    }
    if (!row?.found) throw notFound("assessmentNotFound");
    if (!EDITABLE.includes(row.status as AssessmentStatus))
      throw new AppError("INVALID_STATE", emsg("submittedNoEdit"));
    if (row.version !== w.expectedVersion) break;
    if (row.catalogVersion !== w.catalogVersion)
      return { catalogMismatch: true, catalogVersion: row.catalogVersion! };
    if (row.beforeMatched) break; // it matched as read, so the row changed while the statement ran
    // The stored value was not the one this process knew: send the save again with it.
    before = JSON.stringify(row.before ?? null);
    remember(key, before);
  }
  throw new AppError("STALE", emsg("changedByOther"));
}
