// The app's database client: one per server process, created on first use (never at build time).
import "server-only";
import { env } from "@/lib/env";
import { openDb, type Db } from "@/lib/db/connect";
import { dbTargetFromEnv } from "@/lib/db/target";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const globalForDb = globalThis as unknown as { cyberlabelDb?: Db };

export function getDb(): Db {
  globalForDb.cyberlabelDb ??= openDb(dbTargetFromEnv(env()));
  return globalForDb.cyberlabelDb;
}

export function prisma(): PrismaClient {
  return getDb().prisma;
}
