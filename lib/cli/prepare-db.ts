// Run before the app starts (npm start) and by `npm run db:migrate` / `npm run db:seed`: reaches the database,
// applies pending migrations and seeds demo data, at start only into an empty database and only where
// demoSeedAtStart() allows it.
import { env, type TEnv } from "@/lib/env";
import { assertReachable, describeTarget, openDb, type Db } from "@/lib/db/connect";
import { sealLegacyAuditEvents } from "@/lib/db/audit-chain";
import { backfillLegacyLabelEvents } from "@/lib/db/label-backfill";
import { applyMigrations } from "@/lib/db/migrations";
import { appRoleFromEnv, migrationTargetFromEnv } from "@/lib/db/target";
import { seedDemo, isEmpty } from "@/prisma/seed";

/** Opens the database as the migrating owner (MIGRATE_DATABASE_URL when set), runs `fn`, closes it. */
export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = openDb(migrationTargetFromEnv(env()), { poolMax: 2 });
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
  await grantAppRole(db);
}

/**
 * With a least-privilege app role (prisma/app-role.sql), re-applies its grants after migrating, so tables added by
 * a migration are readable and writable by the app and the integrity tables stay append-only for it.
 */
async function grantAppRole(db: Db) {
  const role = appRoleFromEnv(env());
  if (!role) return;
  const [fn] = await db.prisma.$queryRaw<{ present: boolean }[]>`
    SELECT to_regprocedure('cyberlabel_grant_app_role(text)') IS NOT NULL AS present`;
  if (!fn?.present)
    throw new Error(
      `DATABASE_URL connects as "${role}", but its role was not set up: run prisma/app-role.sql as the owner first (README, "Running on PostgreSQL").`,
    );
  await db.prisma.$queryRaw`SELECT cyberlabel_grant_app_role(${role})::text AS done`;
  console.log(`Granted the app role "${role}" its least privileges.`);
}

/**
 * Data the integrity migration cannot write in SQL alone (it needs the application's canonical JSON): labels
 * issued before label events get their events and log leaves, audit events written before the chain get sealed.
 * Both do nothing once done.
 */
export async function upgradeData(db: Db) {
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
