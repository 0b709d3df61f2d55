import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { decode, encode } from "next-auth/jwt";
import pg from "pg";
import { createAuthSession, loadActiveSessionUser } from "@/lib/auth/sessions";
import type { SessionUser } from "@/lib/db/accounts";
import { openDb, type Db } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { countUnread } from "@/lib/db/notifications";
import type { TBenchSection } from "./assess";
import { failedSection } from "./measure";
import { median, stop, waitFor } from "./server";

/**
 * A signed-in page of `next start` (production build) against the page's own server work called alone (issue 13:
 * server time to first byte p95 ≤ 2× the page's data functions and assess()). Shared by the questionnaire and the
 * review page benchmarks (questionnaire-page.ts, review-page.ts).
 *
 * Page: requests one at a time with a session cookie (a next-auth JWT made with the server's AUTH_SECRET, naming a
 * server-side session row the seed created), timed to the first byte of the body and to the last.
 * Baseline: in this process on the same database, what the page's server code needs before React renders: decode
 * the session JWT, load the session and its user, count unread notifications (the header), then the page's own
 * data functions and scoring (`data`).
 *
 * With BENCH_DATABASE_URL (a PostgreSQL server; a throwaway database is created and dropped) page requests and
 * baseline runs alternate one by one, so background load hits both alike. On the embedded PGlite, which serves
 * one process at a time, the baseline runs right before the server starts and right after it stops.
 *
 * BENCH_BEFORE_ROOT names another checkout (e.g. a `git worktree` of the commit before a change) holding its own
 * production build in `.next-bench`: a second server runs from it on the same PostgreSQL database, and its
 * requests are interleaved with this tree's and the baseline's, so a change is measured before and after in one
 * run (it needs BENCH_DATABASE_URL: both servers read one database).
 *
 * The production build is the public-page benchmark's (`.next-bench`) when that one built it earlier in this
 * run; run alone (`npm run bench -- review`) the section builds it. BENCH_PAGE_DIST names an existing build of
 * this tree to use instead (e.g. ".next").
 */

const ROOT = process.cwd();
const DIST = process.env.BENCH_PAGE_DIST ?? process.env.QUESTIONNAIRE_BENCH_DIST ?? ".next-bench";
const BEFORE_ROOT = process.env.BENCH_BEFORE_ROOT;
const WARMUP = 8;
const REQUESTS = 60;
const BASELINE_RUNS = 60;
const STARTED = Date.now() - process.uptime() * 1000;
const COOKIE = "next-auth.session-token";

export const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? 0;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function buildIfNeeded(): string {
  const id = path.join(ROOT, DIST, "BUILD_ID");
  if (process.env.BENCH_PAGE_DIST ?? process.env.QUESTIONNAIRE_BENCH_DIST) {
    if (!existsSync(id)) throw new Error(`no production build in ${DIST}`);
    return `the existing build in ${DIST}`;
  }
  if (existsSync(id) && statSync(id).mtimeMs > STARTED) return "reused this run's production build";
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    execFileSync("npx", ["next", "build"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
    });
  } finally {
    writeFileSync(tsconfig, before);
  }
  return "built for this section";
}

/** A throwaway database on the PostgreSQL server BENCH_DATABASE_URL names (dropped at the end). */
async function createPgDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cyberlabel_bench_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

type TTimed = { ttfb: number; total: number; bytes: number; status: number };

function timedGet(url: string, cookie: string): Promise<TTimed> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let ttfb = 0;
    let bytes = 0;
    const req = http.get(url, { headers: { cookie, "accept-encoding": "identity" } }, (res) => {
      res.on("data", (chunk: Buffer) => {
        if (!ttfb) ttfb = performance.now() - t0;
        bytes += chunk.length;
      });
      res.on("end", () =>
        resolve({
          ttfb: ttfb || performance.now() - t0,
          total: performance.now() - t0,
          bytes,
          status: res.statusCode ?? 0,
        }),
      );
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
  });
}

type TServerEnv = { dataDir: string; pgDir: string; url: string; secret: string };

function startNext(root: string, port: number, e: TServerEnv): ChildProcess {
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  // BENCH_SERVER_NODE_ARGS: Node flags for the servers, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where a
  // page's server time goes (Node refuses --cpu-prof in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const args = [...nodeArgs, nextBin, "start", "-p", String(port), "-H", "127.0.0.1"];
  return spawn(process.execPath, args, {
    cwd: root,
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: root === ROOT ? DIST : ".next-bench",
      NEXT_TELEMETRY_DISABLED: "1",
      DATA_DIR: e.dataDir,
      PGLITE_DIR: e.pgDir,
      DATABASE_URL: e.url,
      AUTH_SECRET: e.secret,
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    },
  });
}

export type TPageSpec<S> = {
  title: string;
  /** What the page is called in error messages. */
  what: string;
  port: number;
  /** Seeds the database (migrated) and names the signed-in user. */
  seed: (db: Db) => Promise<S & { userId: string }>;
  path: (s: S) => string;
  /** The page's own data functions and scoring, after the session user is loaded. */
  data: (db: Db, user: SessionUser, s: S) => Promise<void>;
  /** The first paragraph: what was seeded and what the baseline holds besides the session and the header. */
  describe: (s: S) => string;
  /** How the page renders today (the last sentence). */
  note: string;
};

type TSide = { label: string; url: string; timings: TTimed[] };

export async function benchSignedInPage<S>(spec: TPageSpec<S>): Promise<TBenchSection> {
  const { title } = spec;
  const dataDir = mkdtempSync(path.join(tmpdir(), "cl-bench-page-"));
  const pgDir = path.join(dataDir, "pglite");
  const secret = randomBytes(32).toString("base64url");
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const pgDb = adminUrl ? await createPgDatabase(adminUrl) : null;
  const open = (): Db =>
    pgDb ? openDb({ kind: "postgres", url: pgDb.url }) : openDb({ kind: "pglite", dir: pgDir });
  const servers: ChildProcess[] = [];
  let db: Db | null = null;
  try {
    if (BEFORE_ROOT && !pgDb)
      throw new Error("BENCH_BEFORE_ROOT needs BENCH_DATABASE_URL (one database, two servers)");
    if (BEFORE_ROOT && !existsSync(path.join(BEFORE_ROOT, ".next-bench", "BUILD_ID")))
      throw new Error(`no production build in ${BEFORE_ROOT}/.next-bench`);
    const build = buildIfNeeded();
    db = open();
    await applyMigrations(db.adapter);
    const s = await spec.seed(db);
    const sid = await createAuthSession(db.prisma, s.userId);
    const jwt = await encode({ token: { sub: s.userId, sid }, secret, maxAge: 3600 });
    const baselineOnce = async (d: Db): Promise<number> => {
      const t0 = performance.now();
      const token = await decode({ token: jwt, secret });
      const user = await loadActiveSessionUser(d.prisma, String(token?.sub), String(token?.sid));
      if (!user) throw new Error("the bench user does not load");
      await countUnread(d.prisma, user);
      await spec.data(d, user, s);
      return performance.now() - t0;
    };
    const baselineRuns = async (d: Db, runs: number): Promise<number[]> => {
      for (let i = 0; i < 5; i++) await baselineOnce(d);
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) xs.push(await baselineOnce(d));
      return xs;
    };
    // PGlite serves one process: measure the baseline now and after the server stops. PostgreSQL: interleaved.
    const base: number[] = [];
    if (!pgDb) {
      base.push(...(await baselineRuns(db, BASELINE_RUNS / 2)));
      await db.close();
      db = null;
    }

    const env: TServerEnv = { dataDir, pgDir, url: pgDb?.url ?? "", secret };
    const sides: TSide[] = [{ label: "this tree", url: "", timings: [] }];
    servers.push(startNext(ROOT, spec.port, env));
    sides[0]!.url = `http://127.0.0.1:${spec.port}${spec.path(s)}`;
    if (BEFORE_ROOT) {
      servers.push(startNext(BEFORE_ROOT, spec.port + 1, env));
      sides.push({ label: "before", url: `http://127.0.0.1:${spec.port + 1}${spec.path(s)}`, timings: [] });
    }
    for (const side of sides) await waitFor(new URL("/api/health", side.url).toString());
    const cookie = `${COOKIE}=${jwt}`;
    for (const side of sides) {
      const first = await timedGet(side.url, cookie);
      if (first.status !== 200) throw new Error(`the ${spec.what} answered ${first.status} (signed in?)`);
    }
    for (let i = 0; i < WARMUP; i++) {
      for (const side of sides) await timedGet(side.url, cookie);
      if (db) await baselineOnce(db);
    }
    for (let i = 0; i < REQUESTS; i++) {
      // Interleaved one by one, the order turning each round, so no side always follows the same one.
      const order = i % 2 ? [...sides].reverse() : sides;
      for (const side of order) {
        const r = await timedGet(side.url, cookie);
        if (r.status !== 200) throw new Error(`the ${spec.what} (${side.label}) answered ${r.status}`);
        side.timings.push(r);
      }
      if (db) base.push(await baselineOnce(db));
    }
    for (const c of servers.splice(0)) await stop(c);
    if (!db) {
      db = open();
      base.push(...(await baselineRuns(db, BASELINE_RUNS / 2)));
    }

    const rows: string[] = [];
    const ratios: string[] = [];
    let ok = true;
    for (const side of sides) {
      const ttfb = side.timings.map((r) => r.ttfb);
      const total = side.timings.map((r) => r.total);
      const ratio = p95(ttfb) / p95(base);
      const name = sides.length > 1 ? ` (${side.label})` : "";
      const kib = (median(side.timings.map((r) => r.bytes)) / 1024).toFixed(0);
      rows.push(
        `| Page${name}, time to first byte | ${ms(median(ttfb))} | ${ms(p95(ttfb))} |`,
        `| Page${name}, whole response (${kib} KiB of HTML) | ${ms(median(total))} | ${ms(p95(total))} |`,
      );
      if (side.label === "this tree") ok = ratio <= 2;
      ratios.push(
        `**${side.label === "this tree" ? "This tree" : "Before"}: page TTFB p95 / baseline p95 = ${ratio.toFixed(2)}**` +
          (side.label === "this tree" ? ` (target ≤ 2.00: ${ok ? "met" : "NOT met"})` : "") +
          `; whole response p95 / baseline p95 = ${(p95(total) / p95(base)).toFixed(2)}; at the median, TTFB / ` +
          `baseline = ${(median(ttfb) / median(base)).toFixed(2)}.`,
      );
    }
    const where = pgDb
      ? `PostgreSQL (a throwaway database on BENCH_DATABASE_URL's server), page requests and baseline runs ` +
        `interleaved one by one` +
        (BEFORE_ROOT
          ? `, each round one request to this tree's server and one to the earlier checkout's`
          : "")
      : `the embedded database (PGlite serves one process at a time: half the baseline runs before the server ` +
        `started, half after it stopped; set BENCH_DATABASE_URL to a PostgreSQL server to interleave them)`;
    const markdown = [
      `${spec.describe(s)} \`next start\` (production build; ${build}) on ${where}; ${REQUESTS} requests one at a ` +
        `time per server after ${WARMUP} warm-up requests, HTML uncompressed. The baseline is the page's own server ` +
        `work before rendering, called alone on the same database: session JWT decode, session and user load, ` +
        `unread count (the header) and the page's data and scoring, ${base.length} runs.`,
      "",
      "| Measure | p50 | p95 |",
      "|---|---|---|",
      ...rows,
      `| Baseline: data functions + scoring alone | ${ms(median(base))} | ${ms(p95(base))} |`,
      "",
      ...ratios.flatMap((r) => [r, ""]),
      `Load average at the end: ${os.loadavg()[0]?.toFixed(2)} on ${os.cpus().length} cores (the machine is ` +
        `shared; rerun before drawing conclusions). ${spec.note}`,
    ].join("\n");
    return { title, markdown, ok };
  } catch (err) {
    return failedSection(title, err);
  } finally {
    for (const c of servers) await stop(c);
    await db?.close();
    await pgDb?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
