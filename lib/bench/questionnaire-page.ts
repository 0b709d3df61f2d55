import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { decode, encode } from "next-auth/jwt";
import pg from "pg";
import { loadSessionUser, type SessionUser } from "@/lib/db/accounts";
import { getAssessmentForOwner } from "@/lib/db/assessments";
import { openDb, type Db } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { countUnread } from "@/lib/db/notifications";
import { productPrefill } from "@/lib/questionnaire/prefill";
import { getCatalog } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import { completeDraft, makeDraft } from "@/lib/testing/assessments";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";
import type { TBenchSection } from "./assess";

/**
 * The signed-in questionnaire page `/assessments/<id>` with every question answered (issue 13: server time to
 * first byte p95 ≤ 2× the page's own data functions and assess() called alone).
 *
 * Page: `next start` (production build) on an embedded database holding one manufacturer, a lab and an
 * assessment of a camera against all three schemes with every shown question answered and evidence on every
 * claim. Requests one at a time, signed in with a session cookie (a next-auth JWT made with the server's
 * AUTH_SECRET), timed to the first byte of the body and to the last.
 * Baseline: what the page's server code needs before React renders, called alone in this process on the same
 * data: decode the session JWT, load the user (role, organisation), count unread notifications (the header),
 * load the assessment (answers, evidence, comments), the product's prefill, and assess() on the answers.
 * With BENCH_DATABASE_URL (a PostgreSQL server; a throwaway database is created and dropped) page requests and
 * baseline runs alternate one by one, so background load hits both alike. On the embedded PGlite, which serves
 * one process at a time, the baseline runs right before the server starts and right after it stops.
 *
 * The production build is the public-page benchmark's (`.next-bench`) when that one built it earlier in this
 * run; run alone (`npm run bench -- questionnaire`) this section builds it.
 */

const ROOT = process.cwd();
// QUESTIONNAIRE_BENCH_DIST names an existing production build of this tree to use instead (e.g. ".next").
const DIST = process.env.QUESTIONNAIRE_BENCH_DIST ?? ".next-bench";
const PORT = Number(process.env.QUESTIONNAIRE_BENCH_PORT ?? 3292);
const WARMUP = 8;
const REQUESTS = 60;
const BASELINE_RUNS = 60;
const STARTED = Date.now() - process.uptime() * 1000;
const COOKIE = "next-auth.session-token";

function buildIfNeeded(): string {
  const id = path.join(ROOT, DIST, "BUILD_ID");
  if (process.env.QUESTIONNAIRE_BENCH_DIST) {
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

type TSeed = { maker: SessionUser; assessmentId: string; questions: number; answers: number; files: number };

async function seed(db: Db): Promise<TSeed> {
  await applyMigrations(db.adapter);
  const maker = await makeManufacturer(db.prisma, "Bench Maker");
  const reviewer = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
  const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
  await completeDraft(db.prisma, maker, id);
  const view = await getAssessmentForOwner(db.prisma, maker, id);
  return {
    maker,
    assessmentId: id,
    questions: getCatalog(view.catalogVersion).questions.length,
    answers: Object.keys(view.answers).length,
    files: view.evidence.length,
  };
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(xs.length * 0.95) - 1] ?? 0;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The page's data functions and assess(), in the order the page runs them, timed once. */
async function baselineOnce(db: Db, secret: string, jwt: string, s: TSeed): Promise<number> {
  const t0 = performance.now();
  const token = await decode({ token: jwt, secret });
  const user = await loadSessionUser(db.prisma, String(token?.sub));
  if (!user) throw new Error("the bench user does not load");
  await countUnread(db.prisma, user);
  const a = await getAssessmentForOwner(db.prisma, user, s.assessmentId);
  productPrefill(getCatalog(a.catalogVersion), a.product);
  assess(getCatalog(a.catalogVersion), a.answers);
  return performance.now() - t0;
}

async function baselineRuns(db: Db, secret: string, jwt: string, s: TSeed, runs: number): Promise<number[]> {
  for (let i = 0; i < 5; i++) await baselineOnce(db, secret, jwt, s);
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) xs.push(await baselineOnce(db, secret, jwt, s));
  return xs;
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

async function waitFor(url: string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

function stop(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function benchQuestionnairePage(): Promise<TBenchSection> {
  const title =
    "Questionnaire page (signed in, every question answered): time to first byte vs its data alone";
  const dataDir = mkdtempSync(path.join(tmpdir(), "cl-bench-questionnaire-"));
  const pgDir = path.join(dataDir, "pglite");
  const secret = randomBytes(32).toString("base64url");
  const adminUrl = process.env.BENCH_DATABASE_URL;
  const pgDb = adminUrl ? await createPgDatabase(adminUrl) : null;
  const open = (): Db =>
    pgDb ? openDb({ kind: "postgres", url: pgDb.url }) : openDb({ kind: "pglite", dir: pgDir });
  let next: ChildProcess | null = null;
  let db: Db | null = null;
  try {
    const build = buildIfNeeded();
    db = open();
    const s = await seed(db);
    const jwt = await encode({ token: { sub: s.maker.id }, secret, maxAge: 3600 });
    // PGlite serves one process: measure the baseline now and after the server stops. PostgreSQL: interleaved.
    const base: number[] = [];
    if (!pgDb) {
      base.push(...(await baselineRuns(db, secret, jwt, s, BASELINE_RUNS / 2)));
      await db.close();
      db = null;
    }

    const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
    next = spawn(process.execPath, [nextBin, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
      cwd: ROOT,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: DIST,
        NEXT_TELEMETRY_DISABLED: "1",
        DATA_DIR: dataDir,
        PGLITE_DIR: pgDir,
        DATABASE_URL: pgDb?.url ?? "",
        AUTH_SECRET: secret,
        PUBLIC_BASE_URL: `http://127.0.0.1:${PORT}`,
      },
    });
    await waitFor(`http://127.0.0.1:${PORT}/api/health`);
    const url = `http://127.0.0.1:${PORT}/assessments/${s.assessmentId}`;
    const cookie = `${COOKIE}=${jwt}`;
    const first = await timedGet(url, cookie);
    if (first.status !== 200) throw new Error(`the questionnaire answered ${first.status} (signed in?)`);
    for (let i = 0; i < WARMUP; i++) {
      await timedGet(url, cookie);
      if (db) await baselineOnce(db, secret, jwt, s);
    }
    const page: TTimed[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const r = await timedGet(url, cookie);
      if (r.status !== 200) throw new Error(`the questionnaire answered ${r.status}`);
      page.push(r);
      if (db) base.push(await baselineOnce(db, secret, jwt, s));
    }
    await stop(next);
    next = null;
    if (!db) {
      db = open();
      base.push(...(await baselineRuns(db, secret, jwt, s, BASELINE_RUNS / 2)));
    }

    const ttfb = page.map((r) => r.ttfb);
    const total = page.map((r) => r.total);
    const ratio = p95(ttfb) / p95(base);
    const ok = ratio <= 2;
    const where = pgDb
      ? `PostgreSQL (a throwaway database on BENCH_DATABASE_URL's server), page requests and baseline runs interleaved one by one`
      : `the embedded database (PGlite serves one process at a time: half the baseline runs before the server started, ` +
        `half after it stopped; set BENCH_DATABASE_URL to a PostgreSQL server to interleave them)`;
    const markdown = [
      `Assessment of a camera against EU, US and China: ${s.answers} answers (every question shown, of ${s.questions} in ` +
        `the catalog), ${s.files} evidence file(s) linked to every claim. \`next start\` (production build; ${build}) on ` +
        `${where}; ${REQUESTS} requests one at a time after ${WARMUP} warm-up requests, ` +
        `${(median(page.map((r) => r.bytes)) / 1024).toFixed(0)} KiB of HTML per page (uncompressed). The baseline is ` +
        `the page's own server work before rendering, called alone on the same database: session JWT decode, user ` +
        `load, unread count, assessment load, product prefill and assess(), ${base.length} runs.`,
      "",
      "| Measure | p50 | p95 |",
      "|---|---|---|",
      `| Page, time to first byte | ${ms(median(ttfb))} | ${ms(p95(ttfb))} |`,
      `| Page, whole response | ${ms(median(total))} | ${ms(p95(total))} |`,
      `| Baseline: data functions + assess() alone | ${ms(median(base))} | ${ms(p95(base))} |`,
      "",
      `**Ratio page TTFB p95 / baseline p95 = ${ratio.toFixed(2)}** (target ≤ 2.00: ${ok ? "met" : "NOT met"}); ` +
        `whole response p95 / baseline p95 = ${(p95(total) / p95(base)).toFixed(2)}; at the median, TTFB / baseline = ` +
        `${(median(ttfb) / median(base)).toFixed(2)}. Load average at the end: ${os.loadavg()[0]?.toFixed(2)} on ` +
        `${os.cpus().length} cores (the machine is shared; rerun before drawing conclusions). The server renders the first ` +
        "sections' cards (about 12 questions) and every section heading; the browser renders the other cards right " +
        "after hydration.",
    ].join("\n");
    return { title, markdown, ok };
  } catch (err) {
    return {
      title,
      markdown: `Benchmark failed: ${err instanceof Error ? err.message : String(err)}`,
      ok: false,
    };
  } finally {
    await stop(next);
    await db?.close();
    await pgDb?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
