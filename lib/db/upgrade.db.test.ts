// A database from before issue 14 (labels with revokedAt columns, audit events without hashes) upgraded by the
// migration and the start's data step: every label gets its events and log leaves, in time order, and still
// verifies; the old audit events are sealed into the chain, so changing one of them is detected too.
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upgradeData } from "@/lib/cli/prepare-db";
import { LEGACY_SEAL_ACTION, verifyAuditChain } from "@/lib/db/audit-chain";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";
import { getPublicLabel, toPublicRecord } from "@/lib/db/public-labels";
import { clearIntegrityCache } from "@/lib/labels/integrity";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { generatePublicCode } from "@/lib/labels/public-code";
import { generateSigningKey, signSnapshot } from "@/lib/labels/signing";
import { parseLeaf } from "@/lib/translog/leaf";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";

const KEY = generateSigningKey();
let db: TestDb;

beforeAll(async () => {
  const old = mkdtempSync(path.join(tmpdir(), "migrations-before-14-"));
  for (const name of readdirSync(MIGRATIONS_DIR))
    if (name === "migration_lock.toml" || name < "20261201093733")
      cpSync(path.join(MIGRATIONS_DIR, name), path.join(old, name), { recursive: true });
  db = await createTestDb({ migrationsDir: old });
});
afterAll(async () => {
  await db?.drop();
});

async function oldLabel(n: number, opts: { issuedAt: string; revokedAt?: string }) {
  const q = (sql: string, ...args: unknown[]) => db.prisma.$executeRawUnsafe(sql, ...args);
  const code = generatePublicCode();
  const snapshot = buildSnapshotFixture({ publicCode: code, issuedAt: opts.issuedAt });
  const s = signSnapshot(KEY.privateKeyPem, snapshot);
  await q(
    `INSERT INTO "Organization" ("id", "name", "kind", "updatedAt") VALUES ($1, 'Lab', 'LAB', now())`,
    `o${n}`,
  );
  await q(
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ($1, $2, 'Rev', '!', now())`,
    `u${n}`,
    `u${n}@old.example`,
  );
  await q(
    `INSERT INTO "Product" ("id", "organizationId", "modelName", "hardwareVersion", "firmwareVersion", "category", "supportPeriodEnd", "updatedAt") VALUES ($1, $2, 'M', '1', '1', 'camera', '2031-12-31', now())`,
    `p${n}`,
    `o${n}`,
  );
  await q(
    `INSERT INTO "Assessment" ("id", "productId", "organizationId", "labId", "catalogVersion", "createdById", "status", "updatedAt") VALUES ($1, $2, $3, $3, '1.0.0', $4, 'APPROVED', now())`,
    `a${n}`,
    `p${n}`,
    `o${n}`,
    `u${n}`,
  );
  await q(
    `INSERT INTO "Label" ("id", "assessmentId", "publicCode", "labId", "approvedById", "snapshot", "digest", "signature", "keyId", "issuedAt", "validUntil", "revokedAt", "revocationReason", "revokedById")
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10::timestamp, $11::timestamp, $12::timestamp, $13, $14)`,
    `l${n}`,
    `a${n}`,
    code,
    `o${n}`,
    `u${n}`,
    JSON.stringify(snapshot),
    s.digest,
    s.signature.value,
    s.signature.keyId,
    opts.issuedAt,
    snapshot.label.validUntil,
    opts.revokedAt ?? null,
    opts.revokedAt ? "Recalled before the log existed." : null,
    opts.revokedAt ? `u${n}` : null,
  );
  await q(
    `INSERT INTO "AuditEvent" ("id", "actorId", "action", "subjectType", "subjectId", "details", "createdAt") VALUES ($1, $2, 'label.issued', 'label', $3, $4::jsonb, $5::timestamp)`,
    `e${n}`,
    `u${n}`,
    `l${n}`,
    JSON.stringify({ publicCode: code }),
    opts.issuedAt,
  );
  return code;
}

describe(`upgrading a database from before the transparency log on ${testDatabaseKind()}`, () => {
  it("records earlier labels in the log in time order, keeps them verifying and seals the old audit events", async () => {
    const a = await oldLabel(1, {
      issuedAt: "2026-10-01T08:00:00.000Z",
      revokedAt: "2026-11-02T09:00:00.000Z",
    });
    const b = await oldLabel(2, { issuedAt: "2026-10-15T08:00:00.000Z" });

    await applyMigrations(db.adapter);
    await db.refreshTypes?.();
    await upgradeData(db);

    const entries = await db.prisma.transparencyLogEntry.findMany({ orderBy: { leafIndex: "asc" } });
    expect(entries.map((e) => [parseLeaf(e.leaf)?.label, parseLeaf(e.leaf)?.event])).toEqual([
      [a, "issued"],
      [b, "issued"],
      [a, "revoked"],
    ]);
    clearIntegrityCache();
    const rec = async (code: string) =>
      toPublicRecord((await getPublicLabel(db.prisma, code, { keys: [KEY.publicKeyPem] }))!, {
        baseUrl: "https://x.example",
      });
    expect((await rec(a)).status).toMatchObject({
      state: "revoked",
      revokedAt: "2026-11-02T09:00:00.000Z",
      revocationReason: "Recalled before the log existed.",
    });
    expect((await rec(a)).integrity.verified).toBe(true);
    expect((await rec(b)).status.state).toBe("valid");

    const chain = await verifyAuditChain(db.prisma);
    expect(chain).toMatchObject({ ok: true, legacy: 2, events: 3 });
    expect(await db.prisma.auditEvent.count({ where: { action: LEGACY_SEAL_ACTION } })).toBe(1);

    // A second start changes nothing.
    await upgradeData(db);
    expect(await db.prisma.transparencyLogEntry.count()).toBe(3);
    expect(await db.prisma.auditEvent.count()).toBe(3);

    // An old event changed behind the triggers: the seal no longer matches.
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    await db.prisma.$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'label.nothing' WHERE "id" = 'e1'`);
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
    const broken = await verifyAuditChain(db.prisma);
    expect(broken.ok).toBe(false);
    expect(broken.firstBreak?.reason).toMatch(/seal .* does not match the 2 events before the chain/);
  });
});
