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
  workers: 1,
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
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // The test SMTP server, first: Playwright starts web servers before any global setup, and the app sends the
      // seeded journey's mails within seconds of starting. It writes what it receives to E2E_MAIL_DIR.
      command: "npx tsx e2e/fixtures/smtp-sink.ts",
      port: E2E_SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "pipe",
      stderr: "pipe",
      env: { E2E_MAIL_DIR, E2E_SMTP_PORT: String(E2E_SMTP_PORT) },
    },
    {
      // A fresh embedded database for every run; the app migrates and seeds it before starting.
      // seed-public-label.ts (test-only) adds issued labels for e2e/public-label.spec.ts, seed-review.ts assessments in
      // review states, and seed-manufacturer-label.ts a manufacturer's label journey for e2e/manufacturer-label.spec.ts,
      // before the server opens the single-process embedded database.
      command: `rm -rf ${E2E_DATA} && npx tsx lib/cli/prestart.ts && npx tsx e2e/fixtures/seed-public-label.ts && npx tsx e2e/fixtures/seed-review.ts && npx tsx e2e/fixtures/seed-manufacturer-label.ts && npx tsx e2e/fixtures/seed-versions.ts && npx tsx e2e/fixtures/seed-security.ts && npx tsx e2e/fixtures/seed-all-schemes.ts && NODE_ENV=production PORT=${PORT} HOSTNAME=127.0.0.1 npx tsx lib/cli/serve.ts`,
      url: `${BASE_URL}/api/health`,
      reuseExistingServer: false,
      // Migrating, seeding every spec's fixtures and starting: about 2 minutes on a quiet 2-core machine.
      timeout: 420_000,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        DATA_DIR: E2E_DATA,
        PGLITE_DIR: `${E2E_DATA}/pglite`,
        DATABASE_URL: "",
        PUBLIC_BASE_URL: BASE_URL,
        NEXTAUTH_URL: BASE_URL,
        // Notification mails go to the test SMTP server above.
        SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
        MAIL_FROM: "Cyberlabel E2E <no-reply@cyberlabel.test>",
      },
    },
    ...postgresServers,
  ],
});
