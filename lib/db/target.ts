import path from "node:path";
import type { TEnv } from "@/lib/env";
import type { DbTarget } from "@/lib/db/connect";

export function dbTargetFromEnv(e: TEnv): DbTarget {
  if (e.DATABASE_URL) return { kind: "postgres", url: e.DATABASE_URL };
  return { kind: "pglite", dir: path.resolve(/* turbopackIgnore: true */ process.cwd(), e.PGLITE_DIR) };
}
