-- Autosave at 50 concurrent writers (issue 13): less work for the database on every save, nothing less checked.
-- Hand-written; applies to databases with data (index drops and one index build; no row is rewritten).
--
-- Every save bumps the assessment's version and "updatedAt". With "updatedAt" in an index that update could not be
-- HOT: it wrote a new entry into each of the table's eight indexes (≈ 950 bytes of WAL against ≈ 85 for a HOT
-- update, and 3× the time, measured through pg). No query reads that index by "updatedAt" (owner filters are by
-- organisation and status; the lab queue's "updated" order is not index-backed), so it becomes (organizationId,
-- status), and pages keep room for the new row versions (fillfactor) so the update stays on the same page.
DROP INDEX "Assessment_organizationId_status_updatedAt_idx";
CREATE INDEX "Assessment_organizationId_status_idx" ON "Assessment"("organizationId", "status");
ALTER TABLE "Assessment" SET (fillfactor = 80);
-- Answers are updated in place by every save (HOT already): keep room for a longer value on the same page.
ALTER TABLE "Answer" SET (fillfactor = 90);

-- Each audit event went into six indexes. No query of AuditEvent filters by organisation or actor (lib/: by
-- subject, by seq, by chain): (organizationId, createdAt) and (actorId, createdAt) are dropped. An organisation's
-- events in order are (chain, chainSeq), chain being the organisation. The actor's foreign key stays (an event names
-- a real user, and a user who acted cannot be deleted); the application never deletes users, it disables them.
DROP INDEX "AuditEvent_organizationId_createdAt_idx";
DROP INDEX "AuditEvent_actorId_createdAt_idx";
