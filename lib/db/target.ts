import path from "node:path";
import type { TEnv } from "@/lib/env";
import type { DbTarget } from "@/lib/db/connect";

export function dbTargetFromEnv(e: TEnv): DbTarget {
  if (e.DATABASE_URL) return { kind: "postgres", url: e.DATABASE_URL };
  return { kind: "pglite", dir: path.resolve(/* turbopackIgnore: true */ process.cwd(), e.PGLITE_DIR) };
}

/**
 * Where migrations (and the data upgrades after them) run: the tables' owner (MIGRATE_DATABASE_URL) when the app
 * connects as its least-privilege role, else the app's own database.
 */
export function migrationTargetFromEnv(e: TEnv): DbTarget {
  if (e.DATABASE_URL && e.MIGRATE_DATABASE_URL) return { kind: "postgres", url: e.MIGRATE_DATABASE_URL };
  return dbTargetFromEnv(e);
}

/** The login role of the app's connection when it differs from the migration owner's (for its grants). */
export function appRoleFromEnv(e: TEnv): string | null {
  if (!e.DATABASE_URL || !e.MIGRATE_DATABASE_URL) return null;
  try {
    const app = decodeURIComponent(new URL(e.DATABASE_URL).username);
    const owner = decodeURIComponent(new URL(e.MIGRATE_DATABASE_URL).username);
    return app && app !== owner ? app : null;
  } catch {
    return null;
  }
}
