// Issue 14's attacks, replayed with ordinary SQL against the database (PGlite by default, PostgreSQL with
// TEST_DATABASE_URL): each one is now refused by the database, or detected (the public record says
// "integrity_failed", audit:verify names the break, the monitor reports it: see translog-monitor.db.test.ts).
// The last block applies only the migrations from before this issue and shows the same attacks succeed there.
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/db/audit";
import { verifyAuditChain } from "@/lib/db/audit-chain";
import { revokeLabel } from "@/lib/db/labels";
import { appendLabelEvent } from "@/lib/db/label-events";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";
import { getPublicLabel, toPublicRecord } from "@/lib/db/public-labels";
import { openDb } from "@/lib/db/connect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clearIntegrityCache } from "@/lib/labels/integrity";
import { generateSigningKey } from "@/lib/labels/signing";
import { verifyPastedDigest } from "@/lib/labels/verify-report";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeIssuedLabel, type TIssuedLabel } from "@/lib/testing/labels";
import { outcome } from "@/lib/testing/factories";

let db: TestDb;
let p: PrismaClient;
const KEY = generateSigningKey();
const READ = { keys: [KEY.publicKeyPem] };
const signed = { privateKeyPem: KEY.privateKeyPem };

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
});
afterAll(async () => {
  await db?.drop();
});

/** What the public page and API say about a label now (a fresh check, not the minute-long memo). */
async function publicState(code: string) {
  clearIntegrityCache();
  const row = await getPublicLabel(p, code, READ);
  if (!row) throw new Error(`no label ${code}`);
  const record = toPublicRecord(row, { baseUrl: "https://labels.example" });
  return { row, record, state: record.status.state, problems: record.integrity.problems };
}

/** A database error message (Prisma wraps the trigger's RAISE), or "ok". */
async function sqlOutcome(sql: string): Promise<string> {
  try {
    await p.$executeRawUnsafe(sql);
    return "ok";
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** An insider who owns the tables: switches the protective triggers off, does `fn`, switches them back on. */
async function withTriggersDisabled(tables: string[], fn: () => Promise<unknown>): Promise<void> {
  for (const t of tables) await p.$executeRawUnsafe(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);
  try {
    await fn();
  } finally {
    for (const t of tables) await p.$executeRawUnsafe(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
  }
}

async function revoked(opts: Parameters<typeof makeIssuedLabel>[1] = {}): Promise<TIssuedLabel> {
  const l = await makeIssuedLabel(p, { ...signed, ...opts });
  await revokeLabel(p, l.reviewer, {
    labelId: l.ids.labelId,
    reason: "Default password found in firmware 3.4.17.",
  });
  return l;
}

describe(`revocation is final on ${testDatabaseKind()}`, () => {
  it('refuses UPDATE "Label" SET "revokedAt" = NULL, re-dating and any other change of an issued label', async () => {
    const l = await revoked();
    const id = l.ids.labelId;
    for (const sql of [
      `UPDATE "Label" SET "revokedAt" = NULL, "revocationReason" = NULL, "revokedById" = NULL WHERE "id" = '${id}'`,
      `UPDATE "Label" SET "revokedAt" = "revokedAt" + interval '30 days' WHERE "id" = '${id}'`,
      `UPDATE "Label" SET "revocationReason" = 'nothing happened' WHERE "id" = '${id}'`,
      `UPDATE "Label" SET "validUntil" = '2099-01-01' WHERE "id" = '${id}'`,
      `UPDATE "Label" SET "issuedAt" = '2020-01-01' WHERE "id" = '${id}'`,
      `UPDATE "Label" SET "labId" = (SELECT "id" FROM "Organization" WHERE "id" <> "Label"."labId" LIMIT 1) WHERE "id" = '${id}'`,
      `UPDATE "Label" SET "cnStars" = 3 WHERE "id" = '${id}'`,
      `DELETE FROM "Label" WHERE "id" = '${id}'`,
    ])
      expect(await sqlOutcome(sql), sql).toMatch(/immutable|final|cannot be deleted/);
    const now = await publicState(l.publicCode);
    expect(now.state).toBe("revoked");
    expect(now.record.status.revocationReason).toBe("Default password found in firmware 3.4.17.");
  });

  it("refuses to change or delete a label event or a log entry, and any event after a revocation", async () => {
    const l = await revoked();
    const id = l.ids.labelId;
    for (const sql of [
      `UPDATE "LabelEvent" SET "at" = "at" + interval '1 year' WHERE "labelId" = '${id}' AND "kind" = 'REVOKED'`,
      `UPDATE "LabelEvent" SET "kind" = 'SUSPENDED' WHERE "labelId" = '${id}' AND "kind" = 'REVOKED'`,
      `DELETE FROM "LabelEvent" WHERE "labelId" = '${id}' AND "kind" = 'REVOKED'`,
      `DELETE FROM "TransparencyLogEntry" WHERE "labelId" = '${id}'`,
      `UPDATE "TransparencyLogEntry" SET "leaf" = "leaf" WHERE "labelId" = '${id}'`,
      `DELETE FROM "TransparencyLogNode"`,
      `UPDATE "TransparencyLogNode" SET "hash" = repeat('0', 64)`,
    ])
      expect(await sqlOutcome(sql), sql).toMatch(/append-only/);
    // Un-revoking through the application's own path: the state machine says no, and so does the database.
    for (const kind of ["REINSTATED", "REVOKED", "SUSPENDED", "ISSUED"] as const)
      expect(
        await outcome(
          p.$transaction((tx) =>
            appendLabelEvent(tx, {
              labelId: id,
              kind,
              at: new Date(),
              reason: "again",
              actorId: l.reviewer.id,
            }),
          ),
        ),
      ).toBe("INVALID_STATE");
    const direct = await sqlOutcome(
      `INSERT INTO "LabelEvent" ("id", "labelId", "kind", "at") VALUES ('forged-reinstate', '${id}', 'REINSTATED', now())`,
    );
    expect(direct).toMatch(/final/);
    // A second revocation cannot re-date the first either.
    expect(await outcome(revokeLabel(p, l.reviewer, { labelId: id, reason: "later" }))).toBe("INVALID_STATE");
  });

  it("derives the state from the events: a revocation column blanked with triggers off changes nothing", async () => {
    const l = await revoked();
    await withTriggersDisabled(["Label"], () =>
      p.$executeRawUnsafe(
        `UPDATE "Label" SET "revokedAt" = NULL, "revocationReason" = NULL WHERE "id" = '${l.ids.labelId}'`,
      ),
    );
    expect((await publicState(l.publicCode)).state).toBe("revoked");
  });

  it("detects an un-revocation done behind the triggers: the REVOKED event deleted, its log leaf left", async () => {
    const l = await revoked();
    // The log entry's foreign key holds the event: the insider (a superuser) switches every trigger off, FKs too.
    for (const t of ["LabelEvent", "TransparencyLogEntry"])
      await p.$executeRawUnsafe(`ALTER TABLE "${t}" DISABLE TRIGGER ALL`);
    try {
      await p.$executeRawUnsafe(
        `DELETE FROM "LabelEvent" WHERE "labelId" = '${l.ids.labelId}' AND "kind" = 'REVOKED'`,
      );
    } finally {
      for (const t of ["LabelEvent", "TransparencyLogEntry"])
        await p.$executeRawUnsafe(`ALTER TABLE "${t}" ENABLE TRIGGER ALL`);
    }
    expect(await p.labelEvent.count({ where: { labelId: l.ids.labelId } })).toBe(1);
    const now = await publicState(l.publicCode);
    expect(now.state).toBe("integrity_failed");
    expect(now.problems).toContain("log_mismatch");
  });

  it("detects events inserted behind the triggers (a reinstatement after the revocation)", async () => {
    const l = await revoked();
    await withTriggersDisabled(["LabelEvent"], () =>
      p.$executeRawUnsafe(
        `INSERT INTO "LabelEvent" ("id", "labelId", "seq", "kind", "at") VALUES ('forged-${l.ids.labelId}', '${l.ids.labelId}', 3, 'REINSTATED', now())`,
      ),
    );
    const now = await publicState(l.publicCode);
    expect(now.state).toBe("integrity_failed");
    expect(now.problems).toEqual(expect.arrayContaining(["events_illegal", "log_missing"]));
  });
});

describe(`nothing is emptied on ${testDatabaseKind()}`, () => {
  it.each([
    'TRUNCATE "AuditEvent"',
    'TRUNCATE "Label" CASCADE',
    'TRUNCATE "LabelEvent" CASCADE',
    'TRUNCATE "TransparencyLogEntry" CASCADE',
    'TRUNCATE "TransparencyLogNode"',
    'TRUNCATE "SignedTreeHead"',
    // Cascades that reach the protected tables through their foreign keys are refused too.
    'TRUNCATE "User" CASCADE',
    'TRUNCATE "Assessment" CASCADE',
    'TRUNCATE "Organization" CASCADE',
  ])("%s is refused", async (sql) => {
    await makeIssuedLabel(p, signed);
    await recordAudit(p, {
      actorId: null,
      action: "test.before_truncate",
      subjectType: "audit",
      subjectId: "t",
    });
    const before = await p.auditEvent.count();
    expect(await sqlOutcome(sql)).toMatch(/must never be emptied/);
    expect(await p.auditEvent.count()).toBe(before);
    expect(await p.label.count()).toBeGreaterThan(0);
  });

  it("refuses UPDATE and DELETE of audit events", async () => {
    await recordAudit(p, { actorId: null, action: "test.keep", subjectType: "audit", subjectId: "k" });
    expect(await sqlOutcome(`UPDATE "AuditEvent" SET "action" = 'x' WHERE "action" = 'test.keep'`)).toMatch(
      /append-only/,
    );
    expect(await sqlOutcome(`DELETE FROM "AuditEvent" WHERE "action" = 'test.keep'`)).toMatch(/append-only/);
  });
});

describe(`no label without its log entry on ${testDatabaseKind()}`, () => {
  it("refuses a label row written without its ISSUED event, and an event without its log leaf", async () => {
    const l = await makeIssuedLabel(p, signed);
    const row = await p.label.findUniqueOrThrow({ where: { id: l.ids.labelId } });
    const bare = {
      ...row,
      id: undefined,
      publicCode: "CL-0000-0000-0000-0001",
      assessmentId: (
        await p.assessment.create({
          data: {
            productId: l.ids.productId,
            organizationId: l.ids.manufacturerId,
            labId: l.ids.labId,
            catalogVersion: "1.0.0",
            targetSchemes: ["EU_RED"],
            createdById: row.approvedById,
            status: "APPROVED",
          },
        })
      ).id,
      snapshot: row.snapshot as object,
      revokedAt: undefined,
      revocationReason: undefined,
      revokedById: undefined,
    };
    expect(await outcome(p.label.create({ data: bare }))).not.toBe("ok");
    expect(await p.label.findUnique({ where: { publicCode: bare.publicCode } })).toBeNull();
    expect(
      await outcome(
        p.$transaction(async (tx) => {
          await tx.labelEvent.create({
            data: { labelId: l.ids.labelId, kind: "SUSPENDED", at: new Date(), reason: "unlogged" },
          });
        }),
      ),
    ).not.toBe("ok");
    expect(await p.labelEvent.count({ where: { labelId: l.ids.labelId } })).toBe(1);
  });

  it("refuses a log leaf that does not describe its event, or carries a wrong hash", async () => {
    const l = await makeIssuedLabel(p, signed);
    const entry = await p.transparencyLogEntry.findFirstOrThrow({ where: { labelId: l.ids.labelId } });
    const r = await outcome(
      p.$transaction(async (tx) => {
        const e = await tx.labelEvent.create({
          data: { labelId: l.ids.labelId, kind: "SUSPENDED", at: new Date(), reason: "incident" },
          select: { id: true },
        });
        // The ISSUED leaf again, or one with a lie in it, for the suspension: both refused.
        await tx.transparencyLogEntry.create({
          data: { leaf: entry.leaf, leafHash: entry.leafHash, labelId: l.ids.labelId, labelEventId: e.id },
        });
      }),
    );
    expect(r).not.toBe("ok");
    expect(
      await sqlOutcome(
        `INSERT INTO "TransparencyLogEntry" ("leafIndex", "leaf", "leafHash", "labelId", "labelEventId") VALUES (0, '{}', repeat('a', 64), '${l.ids.labelId}', 'x')`,
      ),
    ).toMatch(/leafHash|log entry/);
  });

  it("detects a label whose events and log entries were removed behind the triggers, and the log stops", async () => {
    // Its own database: removing the newest log entries damages the log on purpose.
    const own = await createTestDb();
    try {
      const l = await makeIssuedLabel(own.prisma, signed);
      for (const t of ["LabelEvent", "TransparencyLogEntry"])
        await own.prisma.$executeRawUnsafe(`ALTER TABLE "${t}" DISABLE TRIGGER USER`);
      await own.prisma.$executeRawUnsafe(
        `DELETE FROM "TransparencyLogEntry" WHERE "labelId" = '${l.ids.labelId}'`,
      );
      await own.prisma.$executeRawUnsafe(`DELETE FROM "LabelEvent" WHERE "labelId" = '${l.ids.labelId}'`);
      for (const t of ["LabelEvent", "TransparencyLogEntry"])
        await own.prisma.$executeRawUnsafe(`ALTER TABLE "${t}" ENABLE TRIGGER USER`);
      clearIntegrityCache();
      const row = await getPublicLabel(own.prisma, l.publicCode, READ);
      const record = toPublicRecord(row!, { baseUrl: "https://labels.example" });
      expect(record.status.state).toBe("integrity_failed");
      expect(record.integrity.problems).toContain("events_incomplete");
      // The log's stored subtrees still cover the removed leaf: the next append cannot reuse its position.
      expect(await outcome(makeIssuedLabel(own.prisma, signed))).not.toBe("ok");
    } finally {
      await own.drop();
    }
  });
});

describe(`verify on serve on ${testDatabaseKind()}`, () => {
  it("a snapshot changed with the triggers off: integrity check failed, and no verification answer confirms it", async () => {
    const l = await makeIssuedLabel(p, signed);
    expect((await publicState(l.publicCode)).state).toBe("valid");
    await withTriggersDisabled(["Label"], () =>
      p.$executeRawUnsafe(
        `UPDATE "Label" SET "snapshot" = jsonb_set("snapshot", '{result,cn,stars}', '3') WHERE "id" = '${l.ids.labelId}'`,
      ),
    );
    let now = await publicState(l.publicCode);
    expect(now.state).toBe("integrity_failed");
    expect(now.problems).toContain("digest_mismatch");
    expect(await verifyPastedDigest(now.row, l.digest)).toEqual({ match: false, reason: "integrity_failed" });

    // The insider also recomputes the digest over the changed snapshot: the signature gives it away.
    const { digestSnapshot } = await import("@/lib/labels/canonical");
    const changed = (await p.label.findUniqueOrThrow({ where: { id: l.ids.labelId } })).snapshot;
    const forgedDigest = digestSnapshot(changed as never);
    await withTriggersDisabled(["Label"], () =>
      p.$executeRawUnsafe(`UPDATE "Label" SET "digest" = '${forgedDigest}' WHERE "id" = '${l.ids.labelId}'`),
    );
    now = await publicState(l.publicCode);
    expect(now.state).toBe("integrity_failed");
    expect(now.problems).toEqual(expect.arrayContaining(["bad_signature", "log_mismatch"]));
    expect(await verifyPastedDigest(now.row, forgedDigest)).toEqual({
      match: false,
      reason: "integrity_failed",
    });
  });

  it("a label re-dated with the triggers off (validUntil, an event's date): integrity check failed", async () => {
    const a = await makeIssuedLabel(p, signed);
    await withTriggersDisabled(["Label"], () =>
      p.$executeRawUnsafe(`UPDATE "Label" SET "validUntil" = '2099-12-31' WHERE "id" = '${a.ids.labelId}'`),
    );
    expect((await publicState(a.publicCode)).problems).toEqual(
      expect.arrayContaining(["record_mismatch", "log_mismatch"]),
    );
    const b = await revoked();
    await withTriggersDisabled(["LabelEvent"], () =>
      p.$executeRawUnsafe(
        `UPDATE "LabelEvent" SET "at" = now() + interval '1 day' WHERE "labelId" = '${b.ids.labelId}' AND "kind" = 'REVOKED'`,
      ),
    );
    expect((await publicState(b.publicCode)).problems).toContain("log_mismatch");
  });

  it("a label signed with a key that is not published: integrity check failed", async () => {
    const l = await makeIssuedLabel(p, { privateKeyPem: generateSigningKey().privateKeyPem });
    expect((await publicState(l.publicCode)).problems).toEqual(["unknown_key"]);
  });
});

describe(`hash-chained audit trail on ${testDatabaseKind()}`, () => {
  it("verifies, and names the first event changed, removed or forged behind the triggers", async () => {
    for (let i = 0; i < 5; i++)
      await recordAudit(p, {
        actorId: null,
        action: "test.chain",
        subjectType: "audit",
        subjectId: `c${i}`,
        details: { i, nested: { z: 1, a: [1, "two"] } },
      });
    const good = await verifyAuditChain(p, { batchSize: 7 });
    expect(good).toMatchObject({ ok: true, firstBreak: null, legacy: 0 });
    const head = good.head!;
    expect(head.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyAuditChain(p, { expectHead: { seq: head.seq, hash: head.hash! } })).ok).toBe(true);

    const target = await p.auditEvent.findFirstOrThrow({ where: { subjectId: "c2" }, select: { seq: true } });
    await withTriggersDisabled(["AuditEvent"], () =>
      p.$executeRawUnsafe(`UPDATE "AuditEvent" SET "details" = '{"i": 99}' WHERE "seq" = ${target.seq}`),
    );
    let r = await verifyAuditChain(p, { batchSize: 3 });
    expect(r.ok).toBe(false);
    expect(r.firstBreak).toEqual({ seq: Number(target.seq), reason: expect.stringContaining("was changed") });

    await withTriggersDisabled(["AuditEvent"], () =>
      p.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = ${target.seq}`),
    );
    // The chain's next event names the gap it follows.
    const next = await p.auditEvent.findFirstOrThrow({ where: { subjectId: "c3" }, select: { seq: true } });
    r = await verifyAuditChain(p);
    expect(r.firstBreak).toEqual({ seq: Number(next.seq), reason: expect.stringContaining("is missing") });
  });

  it("keeps one chain per organisation: each verifies on its own, and any change to one is caught", async () => {
    const db2 = await createTestDb();
    try {
      const q = db2.prisma;
      for (const org of ["org-a", "org-b"])
        await q.$executeRawUnsafe(
          `INSERT INTO "Organization" ("id", "name", "kind", "updatedAt") VALUES ('${org}', '${org}', 'MANUFACTURER', now())`,
        );
      for (let i = 0; i < 6; i++)
        await recordAudit(q, {
          actorId: null,
          action: "t.org",
          subjectType: "audit",
          subjectId: `${i}`,
          organizationId: i % 3 === 2 ? null : i % 2 === 0 ? "org-a" : "org-b",
        });
      const rows = await q.auditEvent.findMany({ orderBy: { seq: "asc" } });
      const chainOf = (c: string) => rows.filter((x) => x.chain === c);
      expect(chainOf("org-a").map((x) => x.chainSeq)).toEqual([1n, 2n]);
      expect(chainOf("org-b").map((x) => x.chainSeq)).toEqual([1n, 2n]);
      expect(chainOf("").map((x) => x.chainSeq)).toEqual([1n, 2n]);
      for (const c of ["org-a", "org-b", ""]) {
        const [first, second] = chainOf(c);
        expect(first!.prevHash).toBe("0".repeat(64));
        expect(second!.prevHash).toBe(first!.hash);
      }
      const good = await verifyAuditChain(q, { batchSize: 2 });
      expect(good).toMatchObject({ ok: true, events: 6 });
      const head = good.head!;
      expect((await verifyAuditChain(q, { expectHead: { seq: head.seq, hash: head.hash! } })).ok).toBe(true);

      // An event moved to another organisation's chain: its content (the organisation) no longer matches its hash.
      const [a1, a2] = chainOf("org-a");
      await q.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
      await q.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "organizationId" = 'org-b' WHERE "id" = '${a1!.id}'`,
      );
      let r = await verifyAuditChain(q);
      expect(r.firstBreak).toEqual({ seq: Number(a1!.seq), reason: expect.stringContaining("was changed") });
      await q.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "organizationId" = 'org-a' WHERE "id" = '${a1!.id}'`,
      );
      expect((await verifyAuditChain(q)).ok).toBe(true);

      // The newest event of one organisation removed, while others wrote after it: the rest still chains, but
      // the head noted earlier (a digest of every chain's last event) no longer matches.
      await q.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "id" = '${a2!.id}'`);
      await q.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
      expect((await verifyAuditChain(q)).ok).toBe(true);
      r = await verifyAuditChain(q, { expectHead: { seq: head.seq, hash: head.hash! } });
      expect(r.ok).toBe(false);
      expect(r.firstBreak?.reason).toMatch(/rewritten/);
    } finally {
      await db2.drop();
    }
  });

  it("catches the newest events removed, against a head recorded earlier", async () => {
    const db2 = await createTestDb();
    try {
      for (let i = 0; i < 4; i++)
        await recordAudit(db2.prisma, {
          actorId: null,
          action: "t",
          subjectType: "audit",
          subjectId: `${i}`,
        });
      const head = (await verifyAuditChain(db2.prisma)).head!;
      // An insider removes the newest event: what is left still chains, but not to the head noted earlier.
      await db2.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
      await db2.prisma.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = ${head.seq}`);
      await db2.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
      expect((await verifyAuditChain(db2.prisma)).ok).toBe(true);
      const r = await verifyAuditChain(db2.prisma, { expectHead: { seq: head.seq, hash: head.hash! } });
      expect(r.ok).toBe(false);
      expect(r.firstBreak?.reason).toMatch(/removed/);
    } finally {
      await db2.drop();
    }
  });

  it("refuses an event inserted without its body hash, and links whatever the writer claims", async () => {
    expect(
      await sqlOutcome(
        `INSERT INTO "AuditEvent" ("id", "action", "subjectType", "subjectId") VALUES ('raw1', 'x', 'audit', 'y')`,
      ),
    ).toMatch(/bodyHash/);
    // A writer cannot choose its place in the chain: seq, prevHash and hash are the database's.
    await p.$executeRawUnsafe(
      `INSERT INTO "AuditEvent" ("id", "seq", "prevHash", "hash", "bodyHash", "action", "subjectType", "subjectId") VALUES ('raw2', 1, repeat('0', 64), repeat('1', 64), repeat('2', 64), 'x', 'audit', 'y')`,
    );
    const raw = await p.auditEvent.findUniqueOrThrow({ where: { id: "raw2" } });
    const before = await p.auditEvent.findFirstOrThrow({
      where: { chain: raw.chain, chainSeq: raw.chainSeq! - 1n },
    });
    expect(raw.seq).toBeGreaterThan(1n);
    expect(raw.chain).toBe(""); // no organisation: the chain of such events
    expect(raw.prevHash).toBe(before.hash);
    expect(raw.hash).not.toBe("1".repeat(64));
  });

  it.runIf(testDatabaseKind() === "postgres")(
    "appends from many connections at once never fork the chain",
    async () => {
      const before = Number((await p.auditEvent.findFirst({ orderBy: { seq: "desc" } }))?.seq ?? 0);
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          p.$transaction(async (tx) => {
            await recordAudit(tx, {
              actorId: null,
              action: "test.concurrent",
              subjectType: "audit",
              subjectId: `${i}`,
            });
            await recordAudit(tx, {
              actorId: null,
              action: "test.concurrent",
              subjectType: "audit",
              subjectId: `${i}b`,
            });
          }),
        ),
      );
      // Nothing else writes meanwhile: the 80 events (one chain, no organisation) are consecutive in their
      // chain, each linked to the one before, and in the same order globally.
      const tail = await p.auditEvent.findMany({
        where: { action: "test.concurrent" },
        orderBy: { seq: "asc" },
      });
      expect(tail).toHaveLength(80);
      for (let i = 1; i < tail.length; i++) {
        expect(tail[i]!.chainSeq).toBe(tail[i - 1]!.chainSeq! + 1n);
        expect(tail[i]!.seq).toBeGreaterThan(tail[i - 1]!.seq);
        expect(tail[i]!.prevHash).toBe(tail[i - 1]!.hash);
      }
      expect(Number(tail[0]!.seq)).toBeGreaterThan(before);
    },
  );
});

describe("before this issue (the migrations as they were), the same SQL succeeds", () => {
  it('un-revokes with UPDATE "Label", TRUNCATEs the audit trail and labels', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "old-migrations-"));
    for (const name of readdirSync(MIGRATIONS_DIR))
      if (name === "migration_lock.toml" || name < "20261201")
        cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    const old = openDb({ kind: "pglite-memory" });
    try {
      await applyMigrations(old.adapter, dir);
      const q = (sql: string) => old.prisma.$executeRawUnsafe(sql);
      await q(
        `INSERT INTO "Organization" ("id", "name", "kind", "updatedAt") VALUES ('o', 'Lab', 'LAB', now())`,
      );
      await q(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u', 'u@x', 'U', '!', now())`,
      );
      await q(
        `INSERT INTO "Product" ("id", "organizationId", "modelName", "hardwareVersion", "firmwareVersion", "category", "supportPeriodEnd", "updatedAt") VALUES ('p', 'o', 'M', '1', '1', 'c', '2030-01-01', now())`,
      );
      await q(
        `INSERT INTO "Assessment" ("id", "productId", "organizationId", "labId", "catalogVersion", "createdById", "updatedAt") VALUES ('a', 'p', 'o', 'o', '1.0.0', 'u', now())`,
      );
      await q(
        `INSERT INTO "Label" ("id", "assessmentId", "publicCode", "labId", "approvedById", "snapshot", "digest", "signature", "keyId", "issuedAt", "validUntil", "revokedAt", "revocationReason") VALUES ('l', 'a', 'CL-OLD', 'o', 'u', '{}', 'd', 's', 'k', now(), now() + interval '1 year', now(), 'fraud')`,
      );
      await q(
        `INSERT INTO "AuditEvent" ("id", "action", "subjectType", "subjectId") VALUES ('e', 'label.revoked', 'label', 'l')`,
      );
      await q(`UPDATE "Label" SET "revokedAt" = NULL, "revocationReason" = NULL WHERE "id" = 'l'`);
      const [row] = await old.prisma.$queryRawUnsafe<{ revokedAt: Date | null }[]>(
        `SELECT "revokedAt" FROM "Label" WHERE "id" = 'l'`,
      );
      expect(row?.revokedAt).toBeNull(); // un-revoked, while the audit trail still says "label.revoked"
      await q(`TRUNCATE "AuditEvent"`);
      await q(`TRUNCATE "Label" CASCADE`);
      const [counts] = await old.prisma.$queryRawUnsafe<{ a: bigint; l: bigint }[]>(
        `SELECT (SELECT count(*) FROM "AuditEvent") AS a, (SELECT count(*) FROM "Label") AS l`,
      );
      expect([Number(counts?.a), Number(counts?.l)]).toEqual([0, 0]);
    } finally {
      await old.close();
    }
  });
});
