// One SQL statement straight through the database driver (pg's pool, or PGlite), for the few hot writes whose
// cost is dominated by the client rather than the database: autosave (lib/db/answer-save.ts). Measured on
// PostgreSQL at 50 concurrent writers (docs/benchmarks.md, autosave), a statement through Prisma's client costs
// 3–4× the same statement through pg; through the driver it costs what the statement costs.
//
// openDb (lib/db/connect.ts) registers the driver of every client it opens. Types come back as each driver parses
// them (pg and PGlite agree on the ones used here: jsonb as values, int4 as numbers, text as strings, timestamps as
// Dates). A client opened some other way falls back to Prisma's $queryRawUnsafe with the same SQL and parameters.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reportDatabaseOutcome } from "@/lib/db/reachability";

export type TDirectQuery = (text: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

const drivers = new WeakMap<object, TDirectQuery>();

/** Called by openDb: `query` runs one statement on the client's own pool (or PGlite instance). */
export function registerDirectQuery(client: PrismaClient, query: TDirectQuery): void {
  drivers.set(client, async (text, params) => {
    try {
      const rows = await query(text, params);
      reportDatabaseOutcome();
      return rows;
    } catch (err) {
      reportDatabaseOutcome(err);
      throw err;
    }
  });
}

/** Runs one statement (positional parameters $1…) and returns its rows. */
export function directQuery<R extends Record<string, unknown>>(
  client: PrismaClient,
  text: string,
  params: readonly unknown[],
): Promise<R[]> {
  const run = drivers.get(client);
  if (run) return run(text, params) as Promise<R[]>;
  return client.$queryRawUnsafe<R[]>(text, ...params);
}
