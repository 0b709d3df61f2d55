-- CreateEnum
CREATE TYPE "LabelEventKind" AS ENUM ('ISSUED', 'SUSPENDED', 'REINSTATED', 'SUPERSEDED', 'EXPIRED', 'REVOKED');

-- AlterTable (hand-edited: existing events get their sequence numbers in time order before seq becomes NOT NULL;
-- they keep no hashes and are sealed once by the first start after this migration, see lib/db/audit-seal.ts)
ALTER TABLE "AuditEvent" ADD COLUMN     "bodyHash" TEXT,
ADD COLUMN     "hash" TEXT,
ADD COLUMN     "prevHash" TEXT,
ADD COLUMN     "seq" BIGINT;
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only";
UPDATE "AuditEvent" AS e SET "seq" = o.n
  FROM (SELECT "id", row_number() OVER (ORDER BY "createdAt", "id") AS n FROM "AuditEvent") AS o
 WHERE e."id" = o."id";
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_append_only";
ALTER TABLE "AuditEvent" ALTER COLUMN "seq" SET NOT NULL;

-- CreateTable
CREATE TABLE "LabelEvent" (
    "id" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "LabelEventKind" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "reason" TEXT,
    "actorId" TEXT,
    "supersededById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LabelEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TransparencyLogEntry" (
    "leafIndex" BIGINT NOT NULL,
    "leaf" TEXT NOT NULL,
    "leafHash" TEXT NOT NULL,
    "labelId" TEXT NOT NULL,
    "labelEventId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TransparencyLogEntry_pkey" PRIMARY KEY ("leafIndex")
);

-- CreateTable
CREATE TABLE "TransparencyLogNode" (
    "level" INTEGER NOT NULL,
    "nodeIndex" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "TransparencyLogNode_pkey" PRIMARY KEY ("level","nodeIndex")
);

-- CreateTable
CREATE TABLE "SignedTreeHead" (
    "id" TEXT NOT NULL,
    "treeSize" BIGINT NOT NULL,
    "rootHash" TEXT NOT NULL,
    "timestamp" TIMESTAMP(3) NOT NULL,
    "keyId" TEXT NOT NULL,
    "signature" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignedTreeHead_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Label_validUntil_idx" ON "Label"("validUntil");

-- CreateIndex
CREATE INDEX "LabelEvent_kind_at_idx" ON "LabelEvent"("kind", "at");

-- CreateIndex
CREATE UNIQUE INDEX "LabelEvent_labelId_seq_key" ON "LabelEvent"("labelId", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "TransparencyLogEntry_labelEventId_key" ON "TransparencyLogEntry"("labelEventId");

-- CreateIndex
CREATE INDEX "TransparencyLogEntry_labelId_leafIndex_idx" ON "TransparencyLogEntry"("labelId", "leafIndex");

-- CreateIndex
CREATE INDEX "SignedTreeHead_timestamp_idx" ON "SignedTreeHead"("timestamp");

-- CreateIndex
CREATE INDEX "SignedTreeHead_treeSize_idx" ON "SignedTreeHead"("treeSize");

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_seq_key" ON "AuditEvent"("seq");

-- AddForeignKey
ALTER TABLE "LabelEvent" ADD CONSTRAINT "LabelEvent_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelEvent" ADD CONSTRAINT "LabelEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LabelEvent" ADD CONSTRAINT "LabelEvent_supersededById_fkey" FOREIGN KEY ("supersededById") REFERENCES "Label"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransparencyLogEntry" ADD CONSTRAINT "TransparencyLogEntry_labelId_fkey" FOREIGN KEY ("labelId") REFERENCES "Label"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TransparencyLogEntry" ADD CONSTRAINT "TransparencyLogEntry_labelEventId_fkey" FOREIGN KEY ("labelEventId") REFERENCES "LabelEvent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ============================================================================================================
-- Hand-written from here: integrity that does not rest on the application (issue 14; docs/label-integrity.md).
-- Advisory lock keys (pg_advisory_xact_lock): 72450001 audit chain, 72450003 transparency log appends,
-- (72450002, hashtext(labelId)) one label's events, 72450004 the tree head signer (lib/translog/locks.ts).
-- ============================================================================================================

-- Value formats, so a malformed hash can never be stored by any writer.
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_hash_format" CHECK (
  ("bodyHash" IS NULL OR "bodyHash" ~ '^[0-9a-f]{64}$') AND ("hash" IS NULL OR "hash" ~ '^[0-9a-f]{64}$')
  AND ("prevHash" IS NULL OR "prevHash" ~ '^[0-9a-f]{64}$'));
ALTER TABLE "TransparencyLogEntry" ADD CONSTRAINT "TransparencyLogEntry_hash_format" CHECK ("leafHash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "TransparencyLogNode" ADD CONSTRAINT "TransparencyLogNode_hash_format" CHECK ("hash" ~ '^[0-9a-f]{64}$' AND "level" >= 0 AND "nodeIndex" >= 0);
ALTER TABLE "SignedTreeHead" ADD CONSTRAINT "SignedTreeHead_format" CHECK (
  "rootHash" ~ '^[0-9a-f]{64}$' AND "keyId" ~ '^[0-9a-f]{16}$' AND "signature" ~ '^[A-Za-z0-9_-]{86}$' AND "treeSize" >= 0);

-- ---- Refusals: no TRUNCATE of what must persist, no UPDATE/DELETE of what is append-only ----------------------
CREATE OR REPLACE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '"%" must never be emptied: TRUNCATE refused', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '"%" is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER "Label_no_truncate" BEFORE TRUNCATE ON "Label" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER "LabelEvent_no_truncate" BEFORE TRUNCATE ON "LabelEvent" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER "TransparencyLogEntry_no_truncate" BEFORE TRUNCATE ON "TransparencyLogEntry" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER "TransparencyLogNode_no_truncate" BEFORE TRUNCATE ON "TransparencyLogNode" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();
CREATE TRIGGER "SignedTreeHead_no_truncate" BEFORE TRUNCATE ON "SignedTreeHead" FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate();

CREATE TRIGGER "LabelEvent_append_only" BEFORE UPDATE OR DELETE ON "LabelEvent" FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER "TransparencyLogEntry_append_only" BEFORE UPDATE OR DELETE ON "TransparencyLogEntry" FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER "TransparencyLogNode_append_only" BEFORE UPDATE OR DELETE ON "TransparencyLogNode" FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER "SignedTreeHead_append_only" BEFORE UPDATE OR DELETE ON "SignedTreeHead" FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- ---- Audit chain ------------------------------------------------------------------------------------------------
-- Whoever inserts, the database numbers and links the event under one lock: hash = SHA-256(prevHash || seq as
-- 8 bytes big-endian || bodyHash). Concurrent writers wait for each other until commit, so the chain never forks.
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(72450001);
  IF NEW."bodyHash" IS NULL THEN
    RAISE EXCEPTION 'AuditEvent needs bodyHash, the SHA-256 of its canonical JSON (write it with recordAudit)'
      USING ERRCODE = 'not_null_violation';
  END IF;
  SELECT "seq", "hash" INTO head_seq, head_hash FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1;
  NEW."seq" := coalesce(head_seq, 0) + 1;
  NEW."prevHash" := coalesce(head_hash, repeat('0', 64));
  NEW."hash" := encode(sha256(decode(NEW."prevHash", 'hex') || int8send(NEW."seq") || decode(NEW."bodyHash", 'hex')), 'hex');
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AuditEvent_chain" BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

-- ---- Labels: immutable rows, state only through events -----------------------------------------------------------
-- Every column of an issued label is fixed at issue. The revocation columns are a copy of the REVOKED event, made by
-- label_event_sync(): they may go from empty to exactly that event's values, never anywhere else (no un-revoking,
-- no re-dating), whoever writes.
CREATE OR REPLACE FUNCTION label_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Label rows cannot be deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (to_jsonb(NEW) - 'revokedAt' - 'revocationReason' - 'revokedById')
     IS DISTINCT FROM (to_jsonb(OLD) - 'revokedAt' - 'revocationReason' - 'revokedById') THEN
    RAISE EXCEPTION 'An issued label is immutable; its state changes only through LabelEvent rows'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW."revokedAt", NEW."revocationReason") IS DISTINCT FROM (OLD."revokedAt", OLD."revocationReason") THEN
    IF OLD."revokedAt" IS NOT NULL OR NOT EXISTS (
      SELECT 1 FROM "LabelEvent" e
       WHERE e."labelId" = NEW."id" AND e."kind" = 'REVOKED' AND e."at" = NEW."revokedAt"
         AND e."reason" IS NOT DISTINCT FROM NEW."revocationReason") THEN
      RAISE EXCEPTION 'Revocation is final and recorded as a LabelEvent: changing it on the label is refused'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END IF;
  IF NEW."revokedById" IS NOT NULL AND NEW."revokedById" IS DISTINCT FROM OLD."revokedById" AND NOT EXISTS (
    SELECT 1 FROM "LabelEvent" e WHERE e."labelId" = NEW."id" AND e."kind" = 'REVOKED' AND e."actorId" = NEW."revokedById") THEN
    RAISE EXCEPTION 'Revocation is final and recorded as a LabelEvent: changing it on the label is refused'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION label_insert_check() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."revokedAt" IS NOT NULL OR NEW."revocationReason" IS NOT NULL OR NEW."revokedById" IS NOT NULL THEN
    RAISE EXCEPTION 'A label is issued unrevoked; revoke it with a REVOKED LabelEvent' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Label_insert_check" BEFORE INSERT ON "Label" FOR EACH ROW EXECUTE FUNCTION label_insert_check();

-- At commit: no label without its ISSUED event, no event without its log entry (so no label without a log entry).
CREATE OR REPLACE FUNCTION label_has_issued_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "LabelEvent" e WHERE e."labelId" = NEW."id" AND e."kind" = 'ISSUED') THEN
    RAISE EXCEPTION 'Label % has no ISSUED event: labels are issued with their event and log entry in one transaction', NEW."publicCode"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER "Label_issued_event" AFTER INSERT ON "Label" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION label_has_issued_event();

CREATE OR REPLACE FUNCTION label_event_logged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "TransparencyLogEntry" t WHERE t."labelEventId" = NEW."id") THEN
    RAISE EXCEPTION 'Label event % (%) has no transparency log entry: events are logged in the transaction that records them', NEW."id", NEW."kind"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER "LabelEvent_logged" AFTER INSERT ON "LabelEvent" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION label_event_logged();

-- The label state machine (lib/labels/state.ts is the same one): numbered per label, in time order, nothing after
-- REVOKED, REINSTATED only while suspended, SUPERSEDED once, EXPIRED once and only after validUntil.
CREATE OR REPLACE FUNCTION label_event_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n int;
  last_at timestamp(3);
  was_issued boolean;
  was_revoked boolean;
  was_superseded boolean;
  was_expired boolean;
  suspended boolean;
  l_issued timestamp(3);
  l_valid_until timestamp(3);
BEGIN
  PERFORM pg_advisory_xact_lock(72450002, hashtext(NEW."labelId"));
  SELECT "issuedAt", "validUntil" INTO l_issued, l_valid_until FROM "Label" WHERE "id" = NEW."labelId";
  IF l_issued IS NULL THEN
    RAISE EXCEPTION 'No label %', NEW."labelId" USING ERRCODE = 'foreign_key_violation';
  END IF;
  SELECT count(*), max("at"), coalesce(bool_or("kind" = 'ISSUED'), false), coalesce(bool_or("kind" = 'REVOKED'), false),
         coalesce(bool_or("kind" = 'SUPERSEDED'), false), coalesce(bool_or("kind" = 'EXPIRED'), false)
    INTO n, last_at, was_issued, was_revoked, was_superseded, was_expired
    FROM "LabelEvent" WHERE "labelId" = NEW."labelId";
  SELECT "kind" = 'SUSPENDED' INTO suspended FROM "LabelEvent"
   WHERE "labelId" = NEW."labelId" AND "kind" IN ('SUSPENDED', 'REINSTATED') ORDER BY "seq" DESC LIMIT 1;
  suspended := coalesce(suspended, false);
  NEW."seq" := n + 1;

  IF NEW."at" > now() + interval '5 minutes' THEN
    RAISE EXCEPTION 'A label event cannot be dated in the future (%)', NEW."at" USING ERRCODE = 'check_violation';
  END IF;
  IF last_at IS NOT NULL AND NEW."at" < last_at THEN
    RAISE EXCEPTION 'Label events are in time order: % is before the previous event (%)', NEW."at", last_at
      USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."kind" = 'ISSUED' THEN
    IF n > 0 THEN
      RAISE EXCEPTION 'This label was already issued' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW."at" <> l_issued THEN
      RAISE EXCEPTION 'The ISSUED event is dated when the label was issued' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NOT was_issued THEN
    RAISE EXCEPTION 'A label''s first event is ISSUED' USING ERRCODE = 'check_violation';
  END IF;
  IF was_revoked THEN
    RAISE EXCEPTION 'Revocation is final: % refused for a revoked label', NEW."kind" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."kind" IN ('REVOKED', 'SUSPENDED') AND coalesce(btrim(NEW."reason"), '') = '' THEN
    RAISE EXCEPTION '% needs a reason', NEW."kind" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."kind" = 'SUSPENDED' AND (was_superseded OR was_expired OR suspended OR NEW."at" > l_valid_until) THEN
    RAISE EXCEPTION 'Only a label in force can be suspended' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."kind" = 'REINSTATED' AND (NOT suspended OR was_superseded OR was_expired OR NEW."at" > l_valid_until) THEN
    RAISE EXCEPTION 'Only a suspended label in its validity period can be reinstated' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."kind" = 'SUPERSEDED' AND (was_superseded OR NEW."supersededById" IS NULL OR NEW."supersededById" = NEW."labelId") THEN
    RAISE EXCEPTION 'Supersession is final and names the label that replaces this one' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."kind" <> 'SUPERSEDED' AND NEW."supersededById" IS NOT NULL THEN
    RAISE EXCEPTION 'Only a SUPERSEDED event names a replacing label' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."kind" = 'EXPIRED' AND (was_expired OR was_superseded OR NEW."at" <> l_valid_until OR l_valid_until > now()) THEN
    RAISE EXCEPTION 'A label expires once, at the end of its validity' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "LabelEvent_check" BEFORE INSERT ON "LabelEvent" FOR EACH ROW EXECUTE FUNCTION label_event_check();

-- Copies a REVOKED event into the label's denormalised columns. SECURITY DEFINER: the application's role has no
-- UPDATE privilege on "Label" at all (prisma/app-role.sql).
CREATE OR REPLACE FUNCTION label_event_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  IF NEW."kind" = 'REVOKED' THEN
    UPDATE "Label" SET "revokedAt" = NEW."at", "revocationReason" = NEW."reason", "revokedById" = NEW."actorId"
     WHERE "id" = NEW."labelId" AND "revokedAt" IS NULL;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "LabelEvent_sync" AFTER INSERT ON "LabelEvent" FOR EACH ROW EXECUTE FUNCTION label_event_sync();

-- ---- Transparency log ----------------------------------------------------------------------------------------------
-- Leaf indices without gaps under one lock, the RFC 9162 leaf hash checked, and the leaf saying what its event says.
CREATE OR REPLACE FUNCTION translog_entry_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  leaf jsonb;
  e_label text;
  e_kind text;
  e_at timestamp(3);
  e_seq int;
  e_reason text;
  e_superseded_by text;
  l_code text;
  l_digest text;
  l_valid_until timestamp(3);
BEGIN
  PERFORM pg_advisory_xact_lock(72450003);
  SELECT coalesce(max("leafIndex") + 1, 0) INTO NEW."leafIndex" FROM "TransparencyLogEntry";
  IF NEW."leafHash" IS DISTINCT FROM encode(sha256('\x00'::bytea || convert_to(NEW."leaf", 'UTF8')), 'hex') THEN
    RAISE EXCEPTION 'leafHash must be SHA-256(0x00 || leaf) (RFC 9162 §2.1.1)' USING ERRCODE = 'check_violation';
  END IF;
  SELECT e."labelId", e."kind"::text, e."at", e."seq", e."reason", s."publicCode"
    INTO e_label, e_kind, e_at, e_seq, e_reason, e_superseded_by
    FROM "LabelEvent" e LEFT JOIN "Label" s ON s."id" = e."supersededById" WHERE e."id" = NEW."labelEventId";
  SELECT "publicCode", "digest", "validUntil" INTO l_code, l_digest, l_valid_until FROM "Label" WHERE "id" = NEW."labelId";
  leaf := NEW."leaf"::jsonb;
  IF e_label IS DISTINCT FROM NEW."labelId"
     OR leaf ->> 'format' IS DISTINCT FROM 'cyberlabel.log-entry/1'
     OR leaf ->> 'label' IS DISTINCT FROM l_code
     OR leaf ->> 'digest' IS DISTINCT FROM l_digest
     OR leaf ->> 'event' IS DISTINCT FROM lower(e_kind)
     OR leaf ->> 'seq' IS DISTINCT FROM e_seq::text
     OR leaf ->> 'at' IS DISTINCT FROM to_char(e_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
     OR leaf ->> 'validUntil' IS DISTINCT FROM to_char(l_valid_until, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
     OR leaf ->> 'reason' IS DISTINCT FROM e_reason
     OR leaf ->> 'supersededBy' IS DISTINCT FROM e_superseded_by THEN
    RAISE EXCEPTION 'The log entry does not describe its label event' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "TransparencyLogEntry_check" BEFORE INSERT ON "TransparencyLogEntry" FOR EACH ROW EXECUTE FUNCTION translog_entry_check();

-- Stores the perfect subtrees the new leaf completes: level 0 is the leaf; while the index is odd, the node above
-- is SHA-256(0x01 || left || right). SECURITY DEFINER: only this function writes "TransparencyLogNode".
CREATE OR REPLACE FUNCTION translog_entry_nodes() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
  lvl int := 0;
  idx bigint := NEW."leafIndex";
  h bytea := decode(NEW."leafHash", 'hex');
  l bytea;
BEGIN
  INSERT INTO "TransparencyLogNode" ("level", "nodeIndex", "hash") VALUES (0, idx, NEW."leafHash");
  WHILE idx % 2 = 1 LOOP
    SELECT decode("hash", 'hex') INTO l FROM "TransparencyLogNode" WHERE "level" = lvl AND "nodeIndex" = idx - 1;
    IF l IS NULL THEN
      RAISE EXCEPTION 'transparency log node (%, %) is missing', lvl, idx - 1 USING ERRCODE = 'data_corrupted';
    END IF;
    h := sha256('\x01'::bytea || l || h);
    lvl := lvl + 1;
    idx := idx / 2;
    INSERT INTO "TransparencyLogNode" ("level", "nodeIndex", "hash") VALUES (lvl, idx, encode(h, 'hex'));
  END LOOP;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "TransparencyLogEntry_nodes" AFTER INSERT ON "TransparencyLogEntry" FOR EACH ROW EXECUTE FUNCTION translog_entry_nodes();

-- MTH of the first `size` leaves from the stored perfect subtrees (as lib/translog/merkle.ts rootHash).
CREATE OR REPLACE FUNCTION translog_root(size bigint) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
  lvl int := 0;
  start bigint := 0;
  remaining bigint := size;
  pieces bytea[] := '{}';
  p bytea;
  h bytea;
BEGIN
  IF size = 0 THEN
    RETURN encode(sha256(''::bytea), 'hex');
  END IF;
  WHILE (1::bigint << (lvl + 1)) <= remaining LOOP
    lvl := lvl + 1;
  END LOOP;
  WHILE lvl >= 0 LOOP
    IF remaining >= (1::bigint << lvl) THEN
      SELECT decode("hash", 'hex') INTO p FROM "TransparencyLogNode" WHERE "level" = lvl AND "nodeIndex" = start >> lvl;
      IF p IS NULL THEN
        RAISE EXCEPTION 'transparency log node (%, %) is missing', lvl, start >> lvl USING ERRCODE = 'data_corrupted';
      END IF;
      pieces := pieces || p;
      start := start + (1::bigint << lvl);
      remaining := remaining - (1::bigint << lvl);
    END IF;
    lvl := lvl - 1;
  END LOOP;
  h := pieces[array_length(pieces, 1)];
  FOR i IN REVERSE array_length(pieces, 1) - 1 .. 1 LOOP
    h := sha256('\x01'::bytea || pieces[i] || h);
  END LOOP;
  RETURN encode(h, 'hex');
END;
$$;

-- A tree head never shrinks or goes back in time, and signs the root the log really has at that size.
CREATE OR REPLACE FUNCTION signed_tree_head_check() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_size bigint;
  last_ts timestamp(3);
  log_size bigint;
BEGIN
  SELECT "treeSize", "timestamp" INTO last_size, last_ts FROM "SignedTreeHead" ORDER BY "timestamp" DESC LIMIT 1;
  SELECT coalesce(max("leafIndex") + 1, 0) INTO log_size FROM "TransparencyLogEntry";
  IF last_size IS NOT NULL AND (NEW."treeSize" < last_size OR NEW."timestamp" <= last_ts) THEN
    RAISE EXCEPTION 'A tree head never shrinks or goes back in time' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."treeSize" > log_size OR NEW."rootHash" <> translog_root(NEW."treeSize") THEN
    RAISE EXCEPTION 'The tree head does not match the log' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "SignedTreeHead_check" BEFORE INSERT ON "SignedTreeHead" FOR EACH ROW EXECUTE FUNCTION signed_tree_head_check();

-- Every function above resolves table names in this schema only, never in a session's temporary schema: a
-- temporary table named like one of ours cannot shadow it inside a check or a SECURITY DEFINER function.
DO $$
DECLARE
  f text;
BEGIN
  FOREACH f IN ARRAY ARRAY['refuse_truncate()', 'refuse_change()', 'audit_event_append_only()', 'audit_event_chain()',
    'label_immutable()', 'label_insert_check()', 'label_has_issued_event()', 'label_event_logged()',
    'label_event_check()', 'label_event_sync()', 'translog_entry_check()', 'translog_entry_nodes()',
    'translog_root(bigint)', 'signed_tree_head_check()'] LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
  END LOOP;
END;
$$;
