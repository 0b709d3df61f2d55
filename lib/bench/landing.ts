import type { ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os, { tmpdir } from "node:os";
import path from "node:path";
import { openDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { generateSigningKey } from "@/lib/labels/signing";
import { makeIssuedLabel } from "@/lib/testing/labels";
import type { TBenchSection } from "./assess";
import { failedSection } from "./measure";
import {
  APP_PORT,
  build,
  load,
  median,
  NGINX_PORT,
  nginxAvailable,
  startApp,
  startNginx,
  stop,
  treeCpuMs,
  type TRound,
} from "./server";

/**
 * The QR landing path (issue 13, target ≥ 0.5× nginx): the app as `npm start` runs it (lib/cli/serve.ts answering
 * /r/<code> and /r/<code>/<lang> from its cache, Next behind it) against nginx serving the same bytes with the same
 * headers (and the same 302), 50 connections, interleaved rounds; then 1,000 connections for 60 s (0 errors,
 * 0 timeouts). For reference, Next's own pipeline for the same page (a query string sends the request to Next's
 * ISR cache, as `next start` alone would serve it).
 */

const ROUNDS = 3;
const ROUND_SECONDS = 5;
const CONNECTIONS = 50;
const BURST_CONNECTIONS = 1000;
const BURST_SECONDS = Number(process.env.BENCH_BURST_SECONDS ?? 60);

const SIGNING_KEY = generateSigningKey();

async function seed(dataDir: string): Promise<string> {
  const db = openDb({ kind: "pglite", dir: path.join(dataDir, "pglite") });
  try {
    await applyMigrations(db.adapter);
    return (
      await makeIssuedLabel(db.prisma, {
        baseUrl: `http://127.0.0.1:${APP_PORT}`,
        privateKeyPem: SIGNING_KEY.privateKeyPem,
      })
    ).publicCode;
  } finally {
    await db.close();
  }
}

const SKIP_IN_NGINX = new Set([
  "content-type",
  "content-length",
  "location",
  "date",
  "connection",
  "keep-alive",
]);
function nginxHeaders(headers: Headers): string {
  return [...headers]
    .filter(([k]) => !SKIP_IN_NGINX.has(k) && !k.startsWith("x-nextjs-cache"))
    .map(([k, v]) => `add_header ${k} "${v.replaceAll('"', "")}" always;`)
    .join(" ");
}

export async function benchLanding(): Promise<TBenchSection> {
  const title =
    "QR landing path: `npm start` (serve.ts cache in front of Next) vs nginx serving the same bytes";
  const dataDir = mkdtempSync(path.join(tmpdir(), "cl-bench-landing-"));
  let app: ChildProcess | null = null;
  let nginx: ChildProcess | null = null;
  try {
    if (!nginxAvailable())
      return { title, markdown: "nginx is not installed (apt-get install nginx): not measured.", ok: false };
    build();
    const code = await seed(dataDir);
    app = await startApp({
      DATA_DIR: dataDir,
      PGLITE_DIR: path.join(dataDir, "pglite"),
      DATABASE_URL: "",
      LABEL_SIGNING_KEY: SIGNING_KEY.privateKeyPem,
    });
    const base = `http://127.0.0.1:${APP_PORT}`;
    const pageUrl = `${base}/r/${code}/en`;
    const redirectUrl = `${base}/r/${code}`;
    const nextUrl = `${pageUrl}?via=next`;
    await fetch(pageUrl);
    await fetch(redirectUrl, { redirect: "manual", headers: { "accept-language": "en" } });
    await new Promise((r) => setTimeout(r, 1000)); // the cache fills in the background
    const res = await fetch(pageUrl, { headers: { "accept-encoding": "identity" } });
    const html = await res.text();
    if (!res.ok || !html.includes(code)) throw new Error(`label page answered ${res.status}`);
    if (html.includes('data-state="integrity_failed"'))
      throw new Error("the label fails its integrity check");
    if (res.headers.get("x-nextjs-cache"))
      throw new Error("the label page is not served from serve.ts's cache");
    const redirect = await fetch(redirectUrl, { redirect: "manual" });

    writeFileSync(path.join(dataDir, "page.html"), html, { mode: 0o644 });
    chmodSync(dataDir, 0o755); // nginx's workers run as an unprivileged user
    nginx = await startNginx(
      dataDir,
      `root ${dataDir};
    location = /r/${code}/en { types { } default_type "text/html; charset=utf-8"; ${nginxHeaders(res.headers)} try_files /page.html =404; }
    location = /r/${code} { ${nginxHeaders(redirect.headers)} return 302 /r/${code}/en; }`,
    );
    if (!nginx) throw new Error("nginx did not start");
    const ng = `http://127.0.0.1:${NGINX_PORT}`;
    const ngBody = await (await fetch(`${ng}/r/${code}/en`)).text();
    if (ngBody !== html) throw new Error("nginx does not serve the same bytes");

    const targets: [string, string, number | undefined][] = [
      ["nginx page", `${ng}/r/${code}/en`, nginx.pid],
      ["app page", pageUrl, app.pid],
      ["nginx 302", `${ng}/r/${code}`, nginx.pid],
      ["app 302", redirectUrl, app.pid],
      ["next page", nextUrl, app.pid],
    ];
    for (const [, url] of targets) await load(url, { seconds: 2, connections: CONNECTIONS });
    const rounds = new Map<string, TRound[]>(targets.map(([n]) => [n, []]));
    /** Server CPU time per request (µs), per round. */
    const cpu = new Map<string, number[]>(targets.map(([n]) => [n, []]));
    for (let i = 0; i < ROUNDS; i++)
      for (const [name, url, pid] of targets) {
        const c0 = treeCpuMs(pid);
        const r = await load(url, { seconds: ROUND_SECONDS, connections: CONNECTIONS });
        const c1 = treeCpuMs(pid);
        rounds.get(name)!.push(r);
        if (c0 !== null && c1 !== null && r.rps > 0)
          cpu.get(name)!.push(((c1 - c0) * 1000) / (r.rps * ROUND_SECONDS));
      }
    const cpuPerReq = (n: string) => (cpu.get(n)!.length ? median(cpu.get(n)!).toFixed(0) : "n/a");
    const rps = (n: string) => median(rounds.get(n)!.map((x) => x.rps));
    const pageRatio = rps("app page") / rps("nginx page");
    const redirectRatio = rps("app 302") / rps("nginx 302");
    const bad = [...rounds.values()].flat().reduce((a, x) => a + x.bad + x.timeouts, 0);

    const burst = await load(pageUrl, {
      seconds: BURST_SECONDS,
      connections: BURST_CONNECTIONS,
      timeout: 10,
    });
    const burstOk = burst.bad === 0 && burst.timeouts === 0;
    const ok = pageRatio >= 0.5 && redirectRatio >= 0.5 && bad === 0 && burstOk;
    const row = (label: string, n: string) => {
      const xs = rounds.get(n)!;
      return `| ${label} | ${rps(n).toFixed(0)} | ${median(xs.map((x) => x.p50))} ms | ${median(xs.map((x) => x.p99))} ms | ${cpuPerReq(n)} µs |`;
    };
    const markdown = [
      `Label page \`/r/<code>/en\` of a seeded label (three schemes), ${(Buffer.byteLength(html) / 1024).toFixed(1)} KiB ` +
        `of HTML, no compression (autocannon sends no Accept-Encoding), and the 302 of \`/r/<code>\`. nginx ${"(Debian package, `worker_processes auto`)"} ` +
        `serves the same bytes with the same headers. autocannon in the bench process, ${CONNECTIONS} connections, ${ROUNDS} ` +
        `interleaved rounds of ${ROUND_SECONDS} s after a 2 s warm-up each; medians over rounds. Load generator and servers share the machine's cores.`,
      "",
      "| Server | Requests/s | Latency p50 | Latency p99 | Server CPU per request |",
      "|---|---|---|---|---|",
      row("nginx, the page's bytes", "nginx page"),
      row("`npm start` (serve.ts cache), `/r/<code>/en`", "app page"),
      row("nginx, the 302", "nginx 302"),
      row("`npm start` (serve.ts cache), `/r/<code>` 302", "app 302"),
      row("Reference: the same page through Next's pipeline (ISR cache, as `next start` alone)", "next page"),
      "",
      `| Measure | Value | Baseline | Target | Result |`,
      `|---|---|---|---|---|`,
      `| Label page requests/s | ${rps("app page").toFixed(0)} | nginx ${rps("nginx page").toFixed(0)} | ≥ 0.5× | **${pageRatio.toFixed(2)}×, ${pageRatio >= 0.5 ? "met" : "missed"}** |`,
      `| 302 requests/s | ${rps("app 302").toFixed(0)} | nginx ${rps("nginx 302").toFixed(0)} | ≥ 0.5× | **${redirectRatio.toFixed(2)}×, ${redirectRatio >= 0.5 ? "met" : "missed"}** |`,
      `| ${BURST_CONNECTIONS} connections, ${BURST_SECONDS} s, label page | ${burst.rps.toFixed(0)} req/s, p99 ${burst.p99} ms, ${burst.bad} errors/non-2xx, ${burst.timeouts} timeouts (10 s) | — | 0 errors, 0 timeouts | **${burstOk ? "met" : "missed"}** |`,
      "",
      `Next's own pipeline for the same cached page reaches ${(rps("next page") / rps("nginx page")).toFixed(2)}× nginx: the gap serve.ts removes.` +
        (bad > 0 ? ` ${bad} errors, non-2xx or timeouts were seen in the rounds.` : "") +
        ` Server CPU per request is the server's process tree's CPU time over a round divided by its requests ` +
        `(median of rounds); it moves far less with the machine's load than requests/s do. Load average at the ` +
        `end: ${os
          .loadavg()
          .map((x) => x.toFixed(1))
          .join(" / ")} (1 / 5 / 15 min, ${os.cpus().length} cores).`,
    ].join("\n");
    return { title, markdown, ok };
  } catch (err) {
    return failedSection(title, err);
  } finally {
    await stop(nginx);
    await stop(app);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
