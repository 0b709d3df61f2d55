// Whether the database answered the last time the app asked it. The database client (lib/db/connect.ts) reports
// every query's outcome here; the production server (lib/cli/serve.ts) reads it to answer 503 with Retry-After,
// and a page saying that saved answers are safe, where Next would answer 500 for a page that failed on an
// unreachable database. Nothing here opens a connection: after recovery the first query that succeeds clears the
// state, so nothing needs a restart.
//
// The state lives on globalThis under a registered symbol: lib/cli/serve.ts (loaded by tsx) and the app's bundles
// (compiled by Next) each have their own copy of this module but run in one process.
import { isDatabaseUnreachable } from "@/lib/errors";

type TState = { downSince: number | null; lastFailure: number };

const KEY = Symbol.for("cyberlabel.db.reachability");
/** A failure older than this with no query since says nothing about now. */
export const STALE_AFTER_MS = 60_000;

function state(): TState {
  const g = globalThis as unknown as Record<symbol, TState | undefined>;
  return (g[KEY] ??= { downSince: null, lastFailure: 0 });
}

/** Called with the outcome of a database call: an error that says the server cannot be reached marks it down. */
export function reportDatabaseOutcome(err?: unknown): void {
  const s = state();
  if (err === undefined) {
    s.downSince = null;
    return;
  }
  if (!isDatabaseUnreachable(err)) return;
  const now = Date.now();
  s.downSince ??= now;
  s.lastFailure = now;
}

/** True while the last database call failed on the connection (within STALE_AFTER_MS). */
export function isDatabaseDown(now = Date.now()): boolean {
  const s = state();
  return s.downSince !== null && now - s.lastFailure < STALE_AFTER_MS;
}

/** For tests: forget what was seen. */
export function resetDatabaseReachability(): void {
  const s = state();
  s.downSince = null;
  s.lastFailure = 0;
}
