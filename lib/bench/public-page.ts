import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { openDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { generateSigningKey } from "@/lib/labels/signing";
import { makeIssuedLabel } from "@/lib/testing/labels";
import type { TBenchSection } from "./assess";

/**
 * Public label page throughput (issue 6, target ≥ 0.5× a static file): `next start` serving /r/<code>/en (an ISR
 * page, as in production) vs the same HTML bytes served as a static file, twice:
 *  - by the same `next start` process from public/ (the target's baseline: same server, same request pipeline,
 *    so the ratio is what the page costs beyond a static file), and
 *  - by a minimal Node static file server (stat + stream per request, as serve-static does), for reference: the
 *    gap between the two baselines is the cost of Next's request pipeline itself, which any Next route pays.
 * autocannon with 50 connections, in interleaved rounds so background load hits all alike.
 *
 * Setup: a production build into .next-bench (tsconfig.json is restored afterwards, since `next build` adds its
 * dist dir to it), a fresh embedded database with one issued label seeded before the server opens it (PGlite is
 * single-process), then the page is requested once so it is in the ISR cache. Next lists public/ files when it
 * starts, so a placeholder file is created first and given the page's bytes once they are known; it is deleted at
 * the end.
 */

const ROOT = process.cwd();
const DIST = ".next-bench";
const NEXT_PORT = 3290;
const STATIC_PORT = 3291;
const ROUNDS = 3;
const ROUND_SECONDS = 5;
const CONNECTIONS = 50;
const PUBLIC_FILE = "bench-public-page.html"; // in public/, ignored by git, deleted afterwards

const STATIC_SERVER = `
const http = require("node:http"), fs = require("node:fs");
const file = process.argv[1];
http.createServer((req, res) => {
  fs.stat(file, (err, st) => {
    if (err) { res.statusCode = 404; return res.end(); }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": st.size,
      "Cache-Control": "public, max-age=60" });
    fs.createReadStream(file).pipe(res);
  });
}).listen(Number(process.argv[2]), "127.0.0.1");
`;

function build(): void {
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
}

// The server publishes (and checks signatures against) this key: the page must show the label as valid.
const SIGNING_KEY = generateSigningKey();

async function seed(dataDir: string): Promise<string> {
  const db = openDb({ kind: "pglite", dir: path.join(dataDir, "pglite") });
  try {
    await applyMigrations(db.adapter);
    return (
      await makeIssuedLabel(db.prisma, {
        baseUrl: `http://127.0.0.1:${NEXT_PORT}`,
        privateKeyPem: SIGNING_KEY.privateKeyPem,
      })
    ).publicCode;
  } finally {
    await db.close();
  }
}

async function waitFor(url: string, ms = 60_000): Promise<void> {
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

type TRound = { rps: number; p50: number; p99: number; non2xx: number; errors: number };

async function load(url: string, seconds: number): Promise<TRound> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function benchPublicPage(): Promise<TBenchSection> {
  const title = "Public label page: `next start` vs the same HTML as a static file";
  const dataDir = mkdtempSync(path.join(tmpdir(), "cl-bench-public-"));
  let next: ChildProcess | null = null;
  let stat: ChildProcess | null = null;
  const publicFile = path.join(ROOT, "public", PUBLIC_FILE);
  try {
    build();
    const code = await seed(dataDir);
    writeFileSync(publicFile, "placeholder");
    // The Next CLI run by node directly (not through npx), so stopping this child stops the server itself.
    const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
    next = spawn(process.execPath, [nextBin, "start", "-p", String(NEXT_PORT), "-H", "127.0.0.1"], {
      cwd: ROOT,
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: DIST,
        NEXT_TELEMETRY_DISABLED: "1",
        DATA_DIR: dataDir,
        PGLITE_DIR: path.join(dataDir, "pglite"),
        DATABASE_URL: "",
        PUBLIC_BASE_URL: `http://127.0.0.1:${NEXT_PORT}`,
        LABEL_SIGNING_KEY: SIGNING_KEY.privateKeyPem,
      },
    });
    const pageUrl = `http://127.0.0.1:${NEXT_PORT}/r/${code}/en`;
    await waitFor(`http://127.0.0.1:${NEXT_PORT}/api/health`);
    await fetch(pageUrl); // first request renders and fills the ISR cache
    const res = await fetch(pageUrl);
    const html = await res.text();
    if (!res.ok || !html.includes(code)) throw new Error(`public page answered ${res.status}`);
    if (html.includes("Integrity check failed"))
      throw new Error("the benchmark label fails its integrity check");
    const file = path.join(dataDir, "page.html");
    writeFileSync(file, html);
    writeFileSync(publicFile, html);
    const nextStaticUrl = `http://127.0.0.1:${NEXT_PORT}/${PUBLIC_FILE}`;
    const served = await fetch(nextStaticUrl);
    if (!served.ok || (await served.text()) !== html)
      throw new Error("next start does not serve the page's HTML from public/");
    stat = spawn(process.execPath, ["-e", STATIC_SERVER, file, String(STATIC_PORT)], { stdio: "ignore" });
    const staticUrl = `http://127.0.0.1:${STATIC_PORT}/`;
    await waitFor(staticUrl);

    // warm-up all three (JIT, connection pools)
    for (const url of [staticUrl, nextStaticUrl, pageUrl]) await load(url, 2);
    const s: TRound[] = [];
    const ns: TRound[] = [];
    const n: TRound[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      s.push(await load(staticUrl, ROUND_SECONDS));
      ns.push(await load(nextStaticUrl, ROUND_SECONDS));
      n.push(await load(pageUrl, ROUND_SECONDS));
    }
    const sRps = median(s.map((x) => x.rps));
    const nsRps = median(ns.map((x) => x.rps));
    const nRps = median(n.map((x) => x.rps));
    const ratio = nRps / nsRps;
    const bad = [...s, ...ns, ...n].reduce((a, x) => a + x.non2xx + x.errors, 0);
    const ok = ratio >= 0.5 && bad === 0;
    const row = (name: string, xs: TRound[]) =>
      `| ${name} | ${median(xs.map((x) => x.rps)).toFixed(0)} | ${median(xs.map((x) => x.p50))} ms | ${median(xs.map((x) => x.p99))} ms |`;
    const markdown = [
      `Page \`/r/<code>/en\` of a seeded label (three schemes), ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB of HTML, no compression ` +
        `(autocannon sends no Accept-Encoding). autocannon, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s ` +
        `after a 2 s warm-up each; medians over rounds. Load generator and the servers share this machine's cores.`,
      "",
      "| Server | Requests/s | Latency p50 | Latency p99 |",
      "|---|---|---|---|",
      row("`next start`, the same HTML as a static file in public/", ns),
      row("`next start`, the label page `/r/<code>/en` (ISR, revalidate 60 s)", n),
      row("Reference: minimal Node static server (http + fs.createReadStream), its own process", s),
      "",
      `**Ratio page / static file, both from \`next start\` = ${ratio.toFixed(2)}** (target ≥ 0.50: ${ok ? "met" : "NOT met"}).` +
        (bad > 0 ? ` ${bad} non-2xx responses or errors were seen.` : "") +
        ` Against the minimal Node server the page reaches ${(nRps / sRps).toFixed(2)}× and Next's own static file ${(nsRps / sRps).toFixed(2)}×: ` +
        "that gap is Next's per-request pipeline (routing, headers, tracing, async context), which every route of a Next app pays, " +
        "not the label page's. Behind a CDN most requests never reach either server (Cache-Control `s-maxage=60`).",
    ].join("\n");
    return { title, markdown, ok };
  } catch (err) {
    return {
      title,
      markdown: `Benchmark failed: ${err instanceof Error ? err.message : String(err)}`,
      ok: false,
    };
  } finally {
    rmSync(publicFile, { force: true });
    await stop(stat);
    await stop(next);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
