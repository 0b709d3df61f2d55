// One SQL statement straight through the database driver (pg's pool, or PGlite), for the few hot writes whose
// cost is dominated by the client rather than the database: autosave (lib/db/answer-save.ts). Measured on
// PostgreSQL at 50 concurrent writers (docs/benchmarks.md, autosave), a statement through Prisma's client costs
// 3–4× the same statement through pg; through the driver it costs what the statement costs.
//
// openDb (lib/db/connect.ts) registers the driver of every client it opens. Types come back as each driver parses
// them (pg and PGlite agree on the ones used here: jsonb as values, int4 as numbers, text as strings, timestamps as
// Dates). A client opened some other way falls back to Prisma's $queryRawUnsafe with the same SQL and parameters.
//
// Each statement has a name: on PostgreSQL it is a prepared statement of every pooled connection (parsed once per
// connection, its plan cached by the server), not parsed, analysed and planned again at every call. For the
// autosave's statement that was half of the server's time (issue 13: planning 0.6-1.0 ms of a 1.5 ms statement).
// PGlite runs the text as it is (one process, nothing to share).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reportDatabaseOutcome } from "@/lib/db/reachability";

/** One statement: its name (unique per text, at most 63 characters) and its SQL with positional parameters. */
export type TDirectStatement = { readonly name: string; readonly text: string };

export type TDirectQuery = (
  statement: TDirectStatement,
  params: readonly unknown[],
) => Promise<Record<string, unknown>[]>;

const drivers = new WeakMap<object, TDirectQuery>();

/** Called by openDb: `query` runs one statement on the client's own pool (or PGlite instance). */
export function registerDirectQuery(client: PrismaClient, query: TDirectQuery): void {
  drivers.set(client, async (statement, params) => {
    try {
      const rows = await query(statement, params);
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
  statement: TDirectStatement,
  params: readonly unknown[],
): Promise<R[]> {
  const run = drivers.get(client);
  if (run) return run(statement, params) as Promise<R[]>;
  return client.$queryRawUnsafe<R[]>(statement.text, ...params);
}
