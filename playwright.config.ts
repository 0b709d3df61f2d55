import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_MAIL_DIR, E2E_SMTP_PORT } from "./e2e/fixtures/mail-config";
import {
  E2E_PG_APP_PORT,
  E2E_PG_BASE_URL,
  E2E_PG_CONTROL_URL,
  E2E_PG_URL,
  proxiedDatabaseUrl,
} from "./e2e/fixtures/pg-outage-config";

// Playwright's own browser download is impossible on some machines: use the system Chromium when present
// (CHROMIUM_PATH overrides; set it empty to force Playwright's bundled browser).
const systemChromium =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : "");
const PORT = Number(process.env.E2E_PORT ?? 3210);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const E2E_DATA = process.env.E2E_DATA_DIR || ".data/e2e";
const E2E_PG_DATA = `${E2E_DATA}-pg`;

/**
 * Two app servers, each on its own embedded database, seeded alike, with its own SMTP sink: project "a" runs its
 * specs against the first, project "b" against the second, one spec at a time each (project workers: 1), so the two
 * halves run side by side while no two specs ever share a server. On 2 cores this takes the run from one spec's
 * waits to two. Specs that read the seed's files (review-seed.ts, all-schemes.ts) or the mails stay on "a".
 */
const PORT_B = PORT + 5;
const BASE_URL_B = `http://127.0.0.1:${PORT_B}`;
const E2E_DATA_B = `${E2E_DATA}-b`;
const E2E_SMTP_PORT_B = E2E_SMTP_PORT + 1;
const E2E_MAIL_DIR_B = `${E2E_MAIL_DIR}-b`;
const SHARD_B = [
  "access",
  "assessment",
  "auth",
  "cra-declaration",
  "db-outage",
  "landing-cache",
  "other-org",
  "products",
  "psti-statement",
  "public-label",
  "questionnaire-page",
  "screens",
  "security-headers",
  "security",
  "verify-label-state",
  "versions",
  "vulnerabilities",
];
const shardB = new RegExp(`/e2e/(${SHARD_B.join("|")})\\.spec\\.ts$`);

/**
 * One app server's life: a fresh embedded database, migrated and seeded with the demo data (lib/cli/prestart.ts),
 * then every spec's fixtures (e2e/fixtures/seed-e2e.ts: issued labels, assessments in review states, the label,
 * versions and security journeys, an all-schemes label) through the real data functions, then the server.
 */
const appServer = (dataDir: string, port: number, smtpPort: number) => {
  const url = `http://127.0.0.1:${port}`;
  return (
    `(export DATA_DIR=${dataDir} PGLITE_DIR=${dataDir}/pglite PUBLIC_BASE_URL=${url} NEXTAUTH_URL=${url} ` +
    `SMTP_URL=smtp://127.0.0.1:${smtpPort}; rm -rf ${dataDir} && npx tsx lib/cli/prestart.ts && ` +
    `npx tsx e2e/fixtures/seed-e2e.ts && NODE_ENV=production PORT=${port} HOSTNAME=127.0.0.1 npx tsx lib/cli/serve.ts)`
  );
};
const smtpSink = (port: number, dir: string) => ({
  // The test SMTP servers, first: Playwright starts web servers before any global setup, and the apps send the
  // seeded journeys' mails within seconds of starting. Each writes what it receives to its own folder.
  command: "npx tsx e2e/fixtures/smtp-sink.ts",
  port,
  reuseExistingServer: false,
  timeout: 30_000,
  stdout: "pipe" as const,
  stderr: "pipe" as const,
  env: { E2E_MAIL_DIR: dir, E2E_SMTP_PORT: String(port) },
});
const ed25519Pem = () =>
  generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();

/**
 * With E2E_PG_URL (a PostgreSQL server), a second app server runs on PostgreSQL through a TCP proxy the outage
 * spec controls (e2e/db-outage.spec.ts, e2e/fixtures/pg-proxy.ts): the spec takes the database away from that app
 * only. Production secrets are made up per run (an app on PostgreSQL refuses to start without them).
 */
const postgresServers = E2E_PG_URL
  ? [
      {
        command: "npx tsx e2e/fixtures/pg-proxy.ts",
        url: `${E2E_PG_CONTROL_URL}/status`,
        reuseExistingServer: false,
        timeout: 30_000,
        stdout: "pipe" as const,
        stderr: "pipe" as const,
      },
      {
        command: `rm -rf ${E2E_PG_DATA} && NODE_ENV=production npx tsx lib/cli/prestart.ts && NODE_ENV=production PORT=${E2E_PG_APP_PORT} HOSTNAME=127.0.0.1 npx tsx lib/cli/serve.ts`,
        url: `${E2E_PG_BASE_URL}/api/health`,
        reuseExistingServer: false,
        timeout: 240_000,
        stdout: "pipe" as const,
        stderr: "pipe" as const,
        env: {
          NEXT_TELEMETRY_DISABLED: "1",
          DATA_DIR: E2E_PG_DATA,
          DATABASE_URL: proxiedDatabaseUrl(),
          DEMO_DATA: "1",
          PUBLIC_BASE_URL: E2E_PG_BASE_URL,
          NEXTAUTH_URL: E2E_PG_BASE_URL,
          AUTH_SECRET: randomBytes(32).toString("base64"),
          LABEL_SIGNING_KEY: ed25519Pem(),
          LOG_SIGNING_KEY: ed25519Pem(),
          SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
          MAIL_FROM: "Cyberlabel E2E <no-reply@cyberlabel.test>",
        },
      },
    ]
  : [];

export default defineConfig({
  testDir: "e2e",
  outputDir: process.env.E2E_OUTPUT_DIR || "test-results",
  fullyParallel: false,
  // One worker per project (below): the two servers each serve one spec at a time.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "a", use: { ...devices["Desktop Chrome"], baseURL: BASE_URL }, testIgnore: shardB, workers: 1 },
    { name: "b", use: { ...devices["Desktop Chrome"], baseURL: BASE_URL_B }, testMatch: shardB, workers: 1 },
  ],
  webServer: [
    smtpSink(E2E_SMTP_PORT, E2E_MAIL_DIR),
    smtpSink(E2E_SMTP_PORT_B, E2E_MAIL_DIR_B),
    {
      // Both app servers, prepared side by side (Playwright starts its web servers one after the other).
      command: `${appServer(E2E_DATA, PORT, E2E_SMTP_PORT)} & ${appServer(E2E_DATA_B, PORT_B, E2E_SMTP_PORT_B)} & wait`,
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      // Migrating, seeding every spec's fixtures and starting, twice at once: about 2 minutes on a quiet 2-core machine.
      timeout: 420_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: "",
        MAIL_FROM: "Cyberlabel E2E <no-reply@cyberlabel.test>",
      },
    },
    {
      // The second server was started by the entry above; this entry only waits for it.
      command: "tail -f /dev/null",
      url: `${BASE_URL_B}/api/health`,
      reuseExistingServer: false,
      timeout: 420_000,
    },
    ...postgresServers,
  ],
});
