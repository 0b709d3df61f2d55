import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "@/lib/db/connect";
import { applyMigrations, diffDatabaseToSchema, readMigrations, SCHEMA_PATH } from "@/lib/db/migrations";
import { recordAudit } from "@/lib/db/audit";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";

let db: TestDb;
// The schema diff reads the database through the engine's introspection, which @prisma/adapter-pg cannot
// deserialize on a real server (catalog columns of type "char"); it runs on an embedded PGlite with the same
// migrations, and on PostgreSQL a structural comparison proves the server ends up with the very same schema.
let reference: Db;
beforeAll(async () => {
  db = await createTestDb();
  reference = openDb({ kind: "pglite-memory" });
  await applyMigrations(reference.adapter);
});
afterAll(async () => {
  await db?.drop();
  await reference?.close();
});

// Tables, columns, indexes, constraints and triggers of the public schema, as comparable text.
async function structure(d: Db): Promise<string[]> {
  const rows = await d.prisma.$queryRawUnsafe<{ line: string }[]>(`
    SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || udt_name || ' null=' || is_nullable
           || ' default=' || coalesce(column_default, '') AS line
      FROM information_schema.columns WHERE table_schema = 'public'
    UNION ALL
    SELECT 'index ' || tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
      FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype <> 'n' -- PostgreSQL 18 (PGlite) also lists NOT NULL here; columns cover it
    UNION ALL
    SELECT 'trigger ' || event_object_table || ' ' || trigger_name || ' ' || event_manipulation || ' ' || action_statement
      FROM information_schema.triggers WHERE trigger_schema = 'public'
    UNION ALL
    SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname
  `);
  return rows
    .map((r) => r.line)
    .filter((l) => !l.includes("_prisma_migrations"))
    .sort();
}

describe("schema.prisma and prisma/migrations", () => {
  it("agree: the diff after applying every migration is empty", async () => {
    expect(await diffDatabaseToSchema(reference.adapter)).toBe("");
  });

  it("the check notices a schema change without a migration", async () => {
    const changed = path.join(mkdtempSync(path.join(tmpdir(), "schema-")), "schema.prisma");
    writeFileSync(changed, `${readFileSync(SCHEMA_PATH, "utf8")}\nmodel Extra {\n  id String @id\n}\n`);
    expect(await diffDatabaseToSchema(reference.adapter, changed)).toMatch(/CREATE TABLE "Extra"/);
  });
});

describe(`migrations on ${testDatabaseKind()}`, () => {
  it("produce exactly the schema the embedded database gets", async () => {
    const [actual, expected] = await Promise.all([structure(db), structure(reference)]);
    expect(actual.length).toBeGreaterThan(50);
    expect(actual).toEqual(expected);
  });

  it("are recorded in _prisma_migrations like `prisma migrate deploy` does", async () => {
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; finished_at: Date | null }[]>(
      'SELECT migration_name, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const names = readMigrations().migrationDirectories.map((d) => d.path);
    expect(names.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(db.adapter)).toEqual([]);
  });

  it("keep the audit trail append-only at the database level", async () => {
    await recordAudit(db.prisma, {
      actorId: null,
      action: "test.event",
      subjectType: "user",
      subjectId: "x",
      details: { a: 1 },
    });
    const ev = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "test.event" } });
    await expect(
      db.prisma.auditEvent.update({ where: { id: ev.id }, data: { action: "tampered" } }),
    ).rejects.toThrow();
    await expect(db.prisma.auditEvent.delete({ where: { id: ev.id } })).rejects.toThrow();
    const again = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id: ev.id } });
    expect(again.action).toBe("test.event");
  });
});
