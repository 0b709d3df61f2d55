-- The audit trail becomes one hash chain per organisation (issue 13: autosave at 50 concurrent writers). The single
-- chain serialised every audited write in the database behind one advisory lock held from the audit insert to the
-- commit; now only writes of the same organisation wait for each other (lock (72450001, hashtext(chain))).
--
-- Hand-written. Existing events keep their rows, numbers and hashes: "chain" IS NULL marks the single chain of
-- before, which no longer grows and verifies as it always did. New events get:
--   chain     = their organisationId, or '' for events of no organisation (sign-ins, the seal, system events);
--   chainSeq  = 1, 2, 3 … within the chain, with no gap (a missing event is named by the verifier);
--   prevHash  = the hash of the chain's previous event; a chain's first event links to the last event of the
--               single chain of before (zeros on a database that never had one), so that chain's tail is covered;
--   hash      = SHA-256(prevHash || chainSeq as 8 bytes big-endian || bodyHash), the formula of before;
--   seq       = from a sequence: the global order of events, unique and increasing within each chain, with gaps
--               (a rolled-back transaction keeps the number it drew).
-- lib/db/audit-chain.ts verifies both; its head (what an administrator notes for --expect) is, once chains exist,
-- a digest of every chain's last event as of that seq, so removing the newest events of any chain is caught.
ALTER TABLE "AuditEvent" ADD COLUMN "chain" TEXT, ADD COLUMN "chainSeq" BIGINT;
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_chain_pair" CHECK (("chain" IS NULL) = ("chainSeq" IS NULL));

-- CreateIndex
CREATE UNIQUE INDEX "AuditEvent_chain_chainSeq_key" ON "AuditEvent"("chain", "chainSeq");

CREATE SEQUENCE "AuditEvent_seq_seq" AS bigint;
SELECT setval('"AuditEvent_seq_seq"', coalesce((SELECT max("seq") FROM "AuditEvent"), 0) + 1, false);

CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head_seq bigint;
  head_hash text;
BEGIN
  IF NEW."bodyHash" IS NULL THEN
    RAISE EXCEPTION 'AuditEvent needs bodyHash, the SHA-256 of its canonical JSON (write it with recordAudit)'
      USING ERRCODE = 'not_null_violation';
  END IF;
  NEW."chain" := coalesce(NEW."organizationId", '');
  PERFORM pg_advisory_xact_lock(72450001, hashtext(NEW."chain"));
  SELECT "chainSeq", "hash" INTO head_seq, head_hash FROM "AuditEvent"
   WHERE "chain" = NEW."chain" ORDER BY "chainSeq" DESC LIMIT 1;
  IF head_seq IS NULL THEN
    SELECT "hash" INTO head_hash FROM "AuditEvent"
     WHERE "chain" IS NULL AND "hash" IS NOT NULL ORDER BY "seq" DESC LIMIT 1;
  END IF;
  NEW."chainSeq" := coalesce(head_seq, 0) + 1;
  NEW."seq" := nextval('"AuditEvent_seq_seq"');
  NEW."prevHash" := coalesce(head_hash, repeat('0', 64));
  NEW."hash" := encode(sha256(decode(NEW."prevHash", 'hex') || int8send(NEW."chainSeq") || decode(NEW."bodyHash", 'hex')), 'hex');
  RETURN NEW;
END;
$$;
