// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the PostgreSQL
// server named by TEST_DATABASE_URL (created here and dropped afterwards), so the same tests run on both.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDb, type Db } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";

export type TestDb = Db & { drop: () => Promise<void> };

// Read here rather than through lib/env: this is test tooling, configured by the test runner's environment.
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export function testDatabaseKind(): "postgres" | "pglite" {
  return TEST_DATABASE_URL ? "postgres" : "pglite";
}

/** `migrationsDir`: apply another set of migrations (e.g. only those before a change, to test an upgrade). */
export async function createTestDb(opts: { migrationsDir?: string } = {}): Promise<TestDb> {
  if (!TEST_DATABASE_URL) {
    const db = openDb({ kind: "pglite-memory" });
    await applyMigrations(db.adapter, opts.migrationsDir);
    await db.refreshTypes?.();
    return { ...db, drop: db.close };
  }
  const name = `cyberlabel_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  const db = openDb({ kind: "postgres", url: url.toString() }, { poolMax: 8 });
  await applyMigrations(db.adapter, opts.migrationsDir);
  return {
    ...db,
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
