// Run before the app starts (npm start) and by `npm run db:migrate` / `npm run db:seed`: reaches the database,
// applies pending migrations and seeds demo data, at start only into an empty database and only where
// demoSeedAtStart() allows it.
import { env, type TEnv } from "@/lib/env";
import { assertReachable, describeTarget, openDb, type Db } from "@/lib/db/connect";
import { sealLegacyAuditEvents } from "@/lib/db/audit-chain";
import { backfillLegacyLabelEvents } from "@/lib/db/label-backfill";
import { applyMigrations } from "@/lib/db/migrations";
import { dbTargetFromEnv } from "@/lib/db/target";
import { seedDemo, isEmpty } from "@/prisma/seed";

export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
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
  await db.refreshTypes?.();
  await upgradeData(db);
}

/**
 * Data the integrity migration cannot write in SQL alone (it needs the application's canonical JSON): labels
 * issued before label events get their events and log leaves, audit events written before the chain get sealed.
 * Both do nothing once done.
 */
async function upgradeData(db: Db) {
  const labels = await backfillLegacyLabelEvents(db.prisma);
  if (labels > 0) console.log(`Recorded ${labels} earlier label(s) in the transparency log.`);
  const sealed = await sealLegacyAuditEvents(db.prisma);
  if (sealed > 0) console.log(`Sealed ${sealed} audit event(s) written before the audit chain.`);
}

export function runMigrations(): Promise<void> {
  return withDb(migrate);
}

/**
 * May the start seed demo data (accounts with published passwords) into an empty database? Only the embedded
 * PGlite database, the zero-setup demo, gets them by default; PostgreSQL only with DEMO_DATA=1. DEMO_DATA=0 turns
 * it off everywhere.
 */
export function demoSeedAtStart(e: Pick<TEnv, "DATABASE_URL" | "DEMO_DATA">): boolean {
  return e.DEMO_DATA ?? !e.DATABASE_URL;
}

export const NO_DEMO_DATA_MESSAGE =
  "The database is empty and no demo data was created (only the embedded database gets it by default). " +
  "Run `npm run db:seed` to add the demo organisations and accounts, or set DEMO_DATA=1.";

/** `npm run db:seed`: migrations, then the demo data, whatever the database holds. */
export function runSeed(): Promise<void> {
  return withDb(async (db) => {
    await migrate(db);
    console.log(await seedDemo(db.prisma));
  });
}

/** Before the app starts: migrations, then demo data if the database is empty and demoSeedAtStart() allows. */
export function runStartup(): Promise<void> {
  const seedAllowed = demoSeedAtStart(env());
  return withDb(async (db) => {
    await migrate(db);
    if (!(await isEmpty(db.prisma))) return;
    console.log(seedAllowed ? await seedDemo(db.prisma) : NO_DEMO_DATA_MESSAGE);
  });
}
