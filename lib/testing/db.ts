// A fresh, migrated database per test file: in-memory PGlite by default, or a new database on the PostgreSQL
// server named by TEST_DATABASE_URL (created here and dropped afterwards), so the same tests run on both.
//
// A new PGlite runs initdb and then every migration through the schema engine: seconds per test file. So PGlite
// migrates once per set of migrations and every test database loads that dumped data directory (kept in the OS temp
// folder, named by the migrations' digest, shared by the test workers). PostgreSQL migrates each database.
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { openDb, type Db } from "@/lib/db/connect";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";

export type TestDb = Db & { drop: () => Promise<void> };

// Read here rather than through lib/env: this is test tooling, configured by the test runner's environment.
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export function testDatabaseKind(): "postgres" | "pglite" {
  return TEST_DATABASE_URL ? "postgres" : "pglite";
}

/** `migrationsDir`: apply another set of migrations (e.g. only those before a change, to test an upgrade). */
export async function createTestDb(opts: { migrationsDir?: string } = {}): Promise<TestDb> {
  const dir = opts.migrationsDir ?? MIGRATIONS_DIR;
  if (!TEST_DATABASE_URL) {
    const db = openDb({ kind: "pglite-memory", loadDataDir: await pgliteImage(dir) });
    await db.refreshTypes?.();
    return { ...db, drop: db.close };
  }
  const name = `cyberlabel_test_${randomBytes(6).toString("hex")}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const db = openDb({ kind: "postgres", url: databaseUrl(name) }, { poolMax: 8 });
  await applyMigrations(db.adapter, dir);
  return {
    ...db,
    drop: async () => {
      await db.close();
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

// The package's entry point is <package>/dist/index.*; its package.json says the version.
const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(
      join(dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite")), "..", "package.json"),
      "utf8",
    ),
  ) as { version: string }
).version;

/** What identifies a set of migrations: every migration's name and SQL (and the PGlite version that ran them). */
export function migrationsDigest(dir: string): string {
  const h = createHash("sha256").update(PGLITE_VERSION).update("\0");
  for (const entry of readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()) {
    h.update(entry).update("\0");
    h.update(readFileSync(join(dir, entry, "migration.sql"))).update("\0");
  }
  return h.digest("hex").slice(0, 16);
}

const pgliteImages = new Map<string, Promise<Blob>>();

/** The migrated PGlite data directory for `dir`, built once and shared through the temp folder. */
function pgliteImage(dir: string): Promise<Blob> {
  const key = migrationsDigest(dir);
  let image = pgliteImages.get(key);
  if (!image) {
    image = buildPgliteImage(key, dir);
    pgliteImages.set(key, image);
    image.catch(() => pgliteImages.delete(key));
  }
  return image;
}

async function buildPgliteImage(key: string, dir: string): Promise<Blob> {
  const cacheDir = join(tmpdir(), "cyberlabel-test-db");
  const file = join(cacheDir, `pglite-${key}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    // not built yet (or by another worker at this moment: then both build, and the last rename wins)
  }
  const db = openDb({ kind: "pglite-memory" });
  try {
    await applyMigrations(db.adapter, dir);
    const image = await db.dumpDataDir!();
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    await writeFile(partial, Buffer.from(await image.arrayBuffer()));
    await rename(partial, file);
    return image;
  } finally {
    await db.close();
  }
}

async function withAdmin<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}
