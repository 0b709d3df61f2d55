import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_LABEL_CODE, E2E_PSTI_CODE } from "./fixtures/public-label";

// A label targeting the UK PSTI regime (seeded by fixtures/seed-public-label.ts): its public card with the
// "not an authorisation" notice, and the statement of compliance downloaded from it in both languages.
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
const DOC = "uk-statement-of-compliance";

test("the public page shows the PSTI card, its notice and the statement downloads (phone and desktop)", async ({
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(`/r/${E2E_PSTI_CODE}/en`);
  await expect(page.getByRole("heading", { name: /UK PSTI product security regime/ })).toBeVisible();
  await expect(page.getByText("Meets the three UK security requirements as assessed")).toBeVisible();
  await expect(page.getByTestId("psti-requirements")).toContainText(
    "No universal or guessable default passwords",
  );
  await expect(page.getByTestId("psti-notice")).toContainText("not an authorisation by the UK Government");
  const link = page.getByRole("link", { name: "UK statement of compliance (PDF, English)" });
  await expect(link).toHaveAttribute("href", `/r/${E2E_PSTI_CODE}/documents/${DOC}`);
  await page.getByTestId("psti-notice").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, "psti-card-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/r/${E2E_PSTI_CODE}/zh-CN`);
  await expect(page.getByTestId("psti-notice")).toContainText("并非英国政府");
  await page.screenshot({ path: path.join(SHOTS, "psti-card-phone-zh.png"), fullPage: true });
});

test("the statement of compliance downloads as a PDF in English and Chinese; bad requests get clear errors", async ({
  request,
}) => {
  const en = await request.get(`/r/${E2E_PSTI_CODE}/documents/${DOC}`);
  expect(en.status()).toBe(200);
  expect(en.headers()["content-type"]).toBe("application/pdf");
  expect(en.headers()["content-disposition"]).toContain(`uk-statement-of-compliance-${E2E_PSTI_CODE}.pdf`);
  const file = path.join(SHOTS, "psti-statement.pdf");
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(file, await en.body());
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("UK statement of compliance");
  expect(text).toContain("Head of Product Security");
  expect(text).toContain("at least until 31 December 2031");

  const zh = await request.get(`/r/${E2E_PSTI_CODE}/documents/${DOC}?lang=zh-CN`);
  expect(zh.status()).toBe(200);
  expect(zh.headers()["content-language"]).toBe("zh-CN");

  expect((await request.get(`/r/${E2E_PSTI_CODE}/documents/${DOC}?lang=fr`)).status()).toBe(400);
  expect((await request.get(`/r/${E2E_PSTI_CODE}/documents/no-such-document`)).status()).toBe(404);
  // A label that does not target PSTI has no statement.
  const none = await request.get(`/r/${E2E_LABEL_CODE}/documents/${DOC}`);
  expect(none.status()).toBe(404);
  expect((await none.json()).error.message).toContain("not targeted");
});
