// The database goes away and comes back (issue 11 item 6). Runs only with E2E_PG_URL: a second app server runs on
// PostgreSQL through a TCP proxy this spec controls (e2e/fixtures/pg-proxy.ts), so "stopping the database" cuts
// that app off without stopping the shared PostgreSQL server. While it is away, signed-in pages and the API answer
// 503 with Retry-After and a page that says saved answers are safe; the questionnaire keeps the answer it could
// not save queued, says so, and sends it by itself once the database is back; everything works without a restart.
import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { getCatalog } from "@/lib/schemes";
import { DEMO, signIn } from "./fixtures/accounts";
import { E2E_PG_BASE_URL, E2E_PG_CONTROL_URL, E2E_PG_URL } from "./fixtures/pg-outage-config";
import {
  answerQuestion,
  questionnaireRendered,
  startAssessment,
  waitForSaves,
} from "./fixtures/questionnaire";

test.skip(!E2E_PG_URL, "needs E2E_PG_URL: the app runs on PostgreSQL through a proxy this spec controls");
test.use({ baseURL: E2E_PG_BASE_URL });

const catalog = getCatalog();
const SHOTS = "test-results/db-outage";

async function database(state: "down" | "up"): Promise<void> {
  const res = await fetch(`${E2E_PG_CONTROL_URL}/${state}`, { method: "POST" });
  expect(((await res.json()) as { up: boolean }).up).toBe(state === "up");
}

test.afterEach(() => database("up"));

test("while the database is away, pages and the API answer 503 and the questionnaire keeps the answer queued until it is back", async ({
  page,
}) => {
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  const assessmentPath = await startAssessment(page, "Lumo Cam Outdoor");
  await questionnaireRendered(page);
  const box = page.locator('[data-question="p.market_date"]');
  await answerQuestion(page, catalog, "p.market_date", "2026-11-01");
  await waitForSaves(page);
  await expect(box.getByText("Saved")).toBeVisible();

  await database("down");

  // The change made now cannot be saved: it stays on the page, queued, and the page says so.
  await answerQuestion(page, catalog, "p.market_date", "2026-11-15");
  await expect(box.getByTestId("save-queued")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("queued-banner")).toContainText("One answer is not saved yet");
  await expect(page.getByTestId("queued-banner")).toContainText("sent again automatically");

  // Signed-in pages: 503, Retry-After, the page says saved answers are safe and shows the request id.
  for (const path of ["/dashboard", assessmentPath, "/products", "/account"]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(503);
    expect(res.headers()["retry-after"], path).toBe("5");
    expect(res.headers()["cache-control"], path).toBe("no-store");
    const id = res.headers()["x-request-id"];
    expect(id, path).toMatch(/^[0-9a-f-]{36}$/);
    const html = await res.text();
    expect(html, path).toContain("The service is briefly unavailable");
    expect(html, path).toContain("Everything you already saved is safe");
    expect(html, path).toContain(`Reference: ${id}`);
  }
  // In the reader's language.
  const zh = await page.request.get("/dashboard", { headers: { "accept-language": "zh-CN,zh;q=0.9" } });
  expect(zh.status()).toBe(503);
  expect(await zh.text()).toContain("服务暂时不可用");

  // The API, signed in and public (a page of the public list no one asked for before, so not cached): 503 JSON.
  for (const path of ["/api/me", "/api/public/labels?limit=7"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(503);
    expect(res.headers()["retry-after"], path).toBe("5");
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code, path).toBe("UNAVAILABLE");
    expect(body.error.message, path).toMatch(/briefly unavailable/);
  }

  // What a person opening a page sees, at desktop and phone sizes.
  const other = await page.context().newPage();
  await other.goto("/dashboard");
  await expect(other.getByRole("heading", { name: "The service is briefly unavailable" })).toBeVisible();
  await expect(other.getByTestId("request-id")).toContainText("Reference: ");
  await other.screenshot({ path: `${SHOTS}/unavailable-desktop.png` });
  await other.setViewportSize({ width: 390, height: 844 });
  await other.screenshot({ path: `${SHOTS}/unavailable-phone.png` });
  await page.screenshot({ path: `${SHOTS}/questionnaire-queued.png` });

  await database("up");

  // The queued answer is sent by itself; the banner goes; the page that said "unavailable" reloads into the app.
  await expect(box.getByText("Saved")).toBeVisible({ timeout: 30_000 });
  await expect(box.getByTestId("save-queued")).toHaveCount(0);
  await expect(page.getByTestId("queued-banner")).toHaveCount(0);
  await expect(other.getByRole("heading", { level: 1, name: "Lumo Devices" })).toBeVisible({
    timeout: 30_000,
  });

  // No restart: every page and the API answer again, and the answer given during the outage is stored.
  for (const path of ["/dashboard", assessmentPath, "/api/me", "/api/public/labels?limit=7"]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(200);
  }
  await page.reload();
  await questionnaireRendered(page);
  await expect(box.locator("input").first()).toHaveValue("2026-11-15");
});
