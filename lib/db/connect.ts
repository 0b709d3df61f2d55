// Opens the database: PostgreSQL through @prisma/adapter-pg when a URL is given, otherwise the embedded PGlite in a
// local folder. Used by the app (lib/db/client.ts), the CLI scripts and the tests, so every path shares one setup.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { registerDirectQuery } from "@/lib/db/direct";
import { reportDatabaseOutcome } from "@/lib/db/reachability";
import { emitPublicLabelChanged, PUBLIC_LABEL_CHANNEL } from "@/lib/serve/bus";

export type DbTarget =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dir: string }
  | { kind: "pglite-memory"; loadDataDir?: Blob };

export type Db = {
  prisma: PrismaClient;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  target: DbTarget;
  close: () => Promise<void>;
  /**
   * PGlite learns array types (e.g. "Scheme"[]) when it opens; after migrations created new ones in the same process
   * it must re-read them, or an enum-array filter (`targetSchemes: { has: … }`) is sent as a malformed literal.
   */
  refreshTypes?: () => Promise<void>;
  /** PGlite only: its data directory as an uncompressed tarball (for `loadDataDir`). */
  dumpDataDir?: () => Promise<Blob>;
};

export function describeTarget(t: DbTarget): string {
  if (t.kind === "pglite") return `embedded PGlite at ${t.dir}`;
  if (t.kind === "pglite-memory") return "embedded PGlite in memory";
  try {
    const u = new URL(t.url);
    if (u.password) u.password = "***";
    return `PostgreSQL at ${u.toString()}`;
  } catch {
    return "PostgreSQL at an unparseable URL";
  }
}

export function openDb(target: DbTarget, options?: { poolMax?: number }): Db {
  if (target.kind === "postgres") {
    // One pool, shared by Prisma and the few statements sent straight through the driver (lib/db/direct.ts).
    const pool = new pg.Pool({ connectionString: target.url, max: options?.poolMax ?? 10 });
    // An idle connection that breaks (the server restarted) is replaced by the pool; it only marks the outage.
    pool.on("error", (err) => reportDatabaseOutcome(err));
    const adapter = reportReachability(new PrismaPg(pool));
    const prisma = new PrismaClient({ adapter });
    registerDirectQuery(
      prisma,
      async ({ name, text }, params) => (await pool.query({ name, text, values: [...params] })).rows,
    );
    return {
      prisma,
      adapter,
      target,
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  let lite: PGlite;
  if (target.kind === "pglite") {
    mkdirSync(target.dir, { recursive: true });
    lite = new PGlite(target.dir, { extensions: { pg_trgm } });
  } else {
    // loadDataDir: start from a dumped data directory (tests start every file from one migrated image).
    lite = new PGlite({ extensions: { pg_trgm }, loadDataDir: target.loadDataDir });
  }
  // PGlite is single-process: its notifications (label events, lib/db/label-events.ts) reach the page cache of
  // lib/cli/serve.ts in-process, after the writing transaction commits.
  lite.listen(PUBLIC_LABEL_CHANNEL, emitPublicLabelChanged).catch(() => undefined);
  const adapter = surfaceCommitErrors(new PrismaPGlite(lite));
  const prisma = new PrismaClient({ adapter });
  // PGlite runs one statement at a time: a direct statement waits for any open Prisma transaction (its mutex).
  registerDirectQuery(
    prisma,
    async ({ text }, params) => (await lite.query<Record<string, unknown>>(text, [...params])).rows,
  );
  return {
    prisma,
    adapter,
    target,
    close: async () => {
      await prisma.$disconnect();
      if (!lite.closed) await lite.close();
    },
    refreshTypes: () => lite.refreshArrayTypes(),
    dumpDataDir: () => lite.dumpDataDir("none"),
  };
}

/**
 * Reports every query's outcome to lib/db/reachability.ts, so the server can tell a database outage (503, retry)
 * from a bug (500). The pool reconnects by itself once the server is back; nothing here holds a connection.
 */
function reportReachability(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  const watch = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      const out = await call();
      reportDatabaseOutcome();
      return out;
    } catch (err) {
      reportDatabaseOutcome(err);
      throw err;
    }
  };
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = (q) => watch(() => queryRaw(q));
    adapter.executeRaw = (q) => watch(() => executeRaw(q));
    adapter.startTransaction = (level) => watch(() => startTransaction(level));
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await watch(() => factory.connect())),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}

/**
 * pglite-prisma-adapter 0.7 swallows an error raised at COMMIT: the transaction is rolled back but the caller is told
 * it succeeded. Deferred constraint triggers raise exactly there (a label without its ISSUED event, an event
 * without its log entry, lib/db/label-events.ts), so just before committing, deferred constraints are checked
 * with SET CONSTRAINTS ALL IMMEDIATE: a violation then fails as an ordinary statement, rolls back and is reported.
 * PostgreSQL itself reports commit errors; @prisma/adapter-pg needs nothing of this.
 */
function surfaceCommitErrors(factory: PrismaPGlite): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => {
      const tx = await start(isolationLevel);
      const commit = tx.commit.bind(tx);
      tx.commit = async () => {
        try {
          await tx.executeRaw({ sql: "SET CONSTRAINTS ALL IMMEDIATE", args: [], argTypes: [] });
        } catch (err) {
          await tx.rollback();
          throw err;
        }
        return commit();
      };
      return tx;
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}

/** Fails with one clear line naming the database when it cannot be reached. */
export async function assertReachable(db: Db): Promise<void> {
  try {
    await db.prisma.$queryRawUnsafe("SELECT 1");
  } catch (err) {
    const reason = firstMeaningfulLine(err);
    throw new DatabaseUnreachableError(`Cannot reach the database (${describeTarget(db.target)}): ${reason}`);
  }
}

function firstMeaningfulLine(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // Prisma puts the driver's reason ("Message: `Can't reach database server at …`") after an invocation header.
  const m = /Message: `([^`]+)`/.exec(err.message);
  if (m?.[1]) return m[1];
  const line = err.message
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith("Invalid `"));
  return line ?? err.name;
}

export class DatabaseUnreachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseUnreachableError";
  }
}
