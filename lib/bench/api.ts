import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb } from "@/lib/db/connect";
import { applyMigrations } from "@/lib/db/migrations";
import { generateSigningKey } from "@/lib/labels/signing";
import { makeIssuedLabel } from "@/lib/testing/labels";
import type { TBenchSection } from "./assess";
import { failedSection } from "./measure";
import { APP_PORT, build, load, median, startApp, stop, type TRound } from "./server";

/**
 * Public list API (issue 13: `?limit=100` p99 ≤ 2× the single-label record endpoint), both through the app as
 * `npm start` runs it, on the embedded database with 110 issued labels. autocannon, 50 connections, interleaved
 * rounds; without and with Accept-Encoding: gzip.
 */
const LABELS = 110;
const ROUNDS = 3;
const ROUND_SECONDS = 5;
const CONNECTIONS = 50;
const SIGNING_KEY = generateSigningKey();

async function seed(dataDir: string): Promise<string> {
  const db = openDb({ kind: "pglite", dir: path.join(dataDir, "pglite") });
  try {
    await applyMigrations(db.adapter);
    let code = "";
    for (let i = 0; i < LABELS; i++)
      code = (
        await makeIssuedLabel(db.prisma, {
          baseUrl: `http://127.0.0.1:${APP_PORT}`,
          privateKeyPem: SIGNING_KEY.privateKeyPem,
        })
      ).publicCode;
    return code;
  } finally {
    await db.close();
  }
}

export async function benchApi(): Promise<TBenchSection> {
  const title = "Public list API, 100 labels a page, vs the single-label record endpoint";
  const dataDir = mkdtempSync(path.join(tmpdir(), "cl-bench-api-"));
  let app: ChildProcess | null = null;
  try {
    build();
    const code = await seed(dataDir);
    app = await startApp({
      DATA_DIR: dataDir,
      PGLITE_DIR: path.join(dataDir, "pglite"),
      DATABASE_URL: "",
      LABEL_SIGNING_KEY: SIGNING_KEY.privateKeyPem,
    });
    const base = `http://127.0.0.1:${APP_PORT}`;
    const listUrl = `${base}/api/public/labels?limit=100`;
    const oneUrl = `${base}/api/public/labels/${code}`;
    const list = await fetch(listUrl);
    const page = (await list.json()) as { items: { status?: unknown }[] };
    if (!list.ok || page.items.length !== 100)
      throw new Error(`list answered ${list.status}, ${page.items.length} items`);
    const listBytes = Buffer.byteLength(JSON.stringify(page));
    const variants: [string, string, Record<string, string>][] = [
      ["one", oneUrl, {}],
      ["list", listUrl, {}],
      ["one gzip", oneUrl, { "accept-encoding": "gzip" }],
      ["list gzip", listUrl, { "accept-encoding": "gzip" }],
    ];
    for (const [, url, headers] of variants)
      await load(url, { seconds: 2, connections: CONNECTIONS, headers });
    const rounds = new Map<string, TRound[]>(variants.map(([n]) => [n, []]));
    for (let i = 0; i < ROUNDS; i++)
      for (const [n, url, headers] of variants)
        rounds.get(n)!.push(await load(url, { seconds: ROUND_SECONDS, connections: CONNECTIONS, headers }));
    const m = (n: string, k: keyof TRound) => median(rounds.get(n)!.map((x) => x[k]));
    const ratio = m("list", "p99") / m("one", "p99");
    const ratioGz = m("list gzip", "p99") / m("one gzip", "p99");
    const bad = [...rounds.values()].flat().reduce((a, x) => a + x.bad + x.timeouts, 0);
    const ok = ratio <= 2 && ratioGz <= 2 && bad === 0;
    const row = (label: string, n: string) =>
      `| ${label} | ${m(n, "rps").toFixed(0)} | ${m(n, "p50")} ms | ${m(n, "p99")} ms |`;
    const markdown = [
      `${LABELS} issued labels on the embedded database; the app as \`npm start\` runs it. The list page of 100 is ` +
        `${(listBytes / 1024).toFixed(0)} KiB of JSON. autocannon, ${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${ROUND_SECONDS} s; medians over rounds.`,
      "",
      "| Endpoint | Requests/s | p50 | p99 |",
      "|---|---|---|---|",
      row("`/api/public/labels/<code>` (baseline)", "one"),
      row("`/api/public/labels?limit=100`", "list"),
      row("`/api/public/labels/<code>`, gzip (baseline)", "one gzip"),
      row("`/api/public/labels?limit=100`, gzip", "list gzip"),
      "",
      `**List p99 / record p99 = ${ratio.toFixed(2)}× plain, ${ratioGz.toFixed(2)}× gzip** (target ≤ 2×: ${ratio <= 2 && ratioGz <= 2 ? "met" : "missed"}).` +
        (bad ? ` ${bad} errors, non-2xx or timeouts.` : "") +
        " Each list page's JSON is built once and kept until the next label event or for a minute (lib/labels/list-cache.ts); Next compresses it per request when asked.",
    ].join("\n");
    return { title, markdown, ok };
  } catch (err) {
    return failedSection(title, err);
  } finally {
    await stop(app);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
