// Run before the app starts (npm start) and by `npm run db:migrate` / `npm run db:seed`: reaches the database,
// applies pending migrations and, when asked, seeds demo data into an empty database.
import { env } from "@/lib/env";
import { assertReachable, describeTarget, openDb, type Db } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { dbTargetFromEnv } from "@/lib/db/target";
import { seedDemo, isEmpty } from "@/prisma/seed";

async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = openDb(dbTargetFromEnv(env()), { poolMax: 2 });
  try {
    await assertReachable(db);
    return await fn(db);
  } finally {
    await db.close().catch(() => {});
  }
}

async function migrate(db: Db) {
  const applied = await applyMigrations(db.adapter);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${describeTarget(db.target)}: ${applied.join(", ")}`
      : `Database is up to date (${describeTarget(db.target)}).`,
  );
}

export function runMigrations(): Promise<void> {
  return withDb(migrate);
}

export function runSeed(opts: { onlyIfEmpty: boolean }): Promise<void> {
  return withDb(async (db) => {
    await migrate(db);
    if (opts.onlyIfEmpty && !(await isEmpty(db.prisma))) return;
    const summary = await seedDemo(db.prisma);
    console.log(summary);
  });
}
