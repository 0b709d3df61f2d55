// Scheme ids moved from a database enum to text (lib/schemes/registry.ts validates them): the migration keeps the
// schemes of every stored assessment and label, and the query by scheme still works on the text column.
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";

const MIGRATION = "20261201132442_scheme_ids_as_text";
let db: TestDb;

beforeAll(async () => {
  const old = mkdtempSync(path.join(tmpdir(), "migrations-before-scheme-text-"));
  for (const name of readdirSync(MIGRATIONS_DIR))
    if (name === "migration_lock.toml" || name < MIGRATION)
      cpSync(path.join(MIGRATIONS_DIR, name), path.join(old, name), { recursive: true });
  db = await createTestDb({ migrationsDir: old });
});
afterAll(async () => {
  await db?.drop();
});

describe(`scheme ids as text on ${testDatabaseKind()}`, () => {
  it("keeps the stored schemes of assessments and labels through the migration", async () => {
    const q = (sql: string, ...args: unknown[]) => db.prisma.$executeRawUnsafe(sql, ...args);
    await q(
      `INSERT INTO "Organization" ("id", "name", "kind", "updatedAt") VALUES ('o', 'Lab', 'LAB', now())`,
    );
    await q(
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt") VALUES ('u', 'u@x.example', 'U', '!', now())`,
    );
    await q(
      `INSERT INTO "Product" ("id", "organizationId", "modelName", "hardwareVersion", "firmwareVersion", "category", "supportPeriodEnd", "updatedAt") VALUES ('p', 'o', 'M', '1', '1', 'camera', '2031-12-31', now())`,
    );
    for (const [id, schemes] of [
      ["a1", `ARRAY['EU_RED','CN_CCL']::"Scheme"[]`],
      ["a2", `ARRAY['US_CTM']::"Scheme"[]`],
      ["a3", "NULL"],
    ] as const)
      await q(
        `INSERT INTO "Assessment" ("id", "productId", "organizationId", "labId", "catalogVersion", "createdById", "status", "targetSchemes", "updatedAt") VALUES ('${id}', 'p', 'o', 'o', '1.0.0', 'u', 'DRAFT', ${schemes}, now())`,
      );

    await applyMigrations(db.adapter);
    await db.refreshTypes?.();

    const rows = await db.prisma.assessment.findMany({
      orderBy: { id: "asc" },
      select: { id: true, targetSchemes: true },
    });
    expect(rows).toEqual([
      { id: "a1", targetSchemes: ["EU_RED", "CN_CCL"] },
      { id: "a2", targetSchemes: ["US_CTM"] },
      { id: "a3", targetSchemes: [] },
    ]);
    const cn = await db.prisma.assessment.findMany({
      where: { targetSchemes: { has: "CN_CCL" } },
      select: { id: true },
    });
    expect(cn).toEqual([{ id: "a1" }]);
    const types = await db.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_type WHERE typname = 'Scheme'`,
    );
    expect(types[0]?.n).toBe(0);
  });
});
