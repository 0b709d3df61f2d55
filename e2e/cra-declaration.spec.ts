import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_CRA_CODE, E2E_LABEL_CODE } from "./fixtures/public-label";

// A label targeting the EU Cyber Resilience Act (seeded by fixtures/seed-public-label.ts): its public card (readiness,
// class, route, Art. 14, the "not an official authorisation" notice) and the draft EU declaration of conformity
// downloaded from it in both languages.
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
const DOC = "eu-declaration-of-conformity-draft";

test("the public page shows the CRA card with readiness, class, route, Art. 14 and its notice (desktop and phone)", async ({
  page,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await page.goto(`/r/${E2E_CRA_CODE}/en`);
  await expect(page.getByRole("heading", { name: /EU Cyber Resilience Act/ })).toBeVisible();
  const card = page.getByTestId("cra-card");
  await expect(card).toContainText("CRA readiness: ready for a notified body");
  await expect(card).toContainText("apply from 11 December 2027");
  await expect(card).toContainText("Important product, class I (Annex III, class I, point 17)");
  await expect(card).toContainText("Notified body: EU-type examination (B+C)");
  await expect(card).toContainText("applies now, since 11 September 2026");
  await expect(card).toContainText("not a CE marking, not an EU declaration of conformity");
  const link = card.getByRole("link", { name: /Draft EU declaration of conformity/ });
  await expect(link).toHaveAttribute("href", `/r/${E2E_CRA_CODE}/documents/${DOC}`);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, "cra-card-desktop.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/r/${E2E_CRA_CODE}/zh-CN`);
  await expect(page.getByTestId("cra-card")).toContainText("重要产品 I 类");
  await expect(page.getByTestId("cra-card")).toContainText("不是 CE 标志");
  await page.getByTestId("cra-card").scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, "cra-card-phone-zh.png"), fullPage: true });
});

test("the declaration draft downloads as a PDF in English and Chinese; bad requests get clear errors", async ({
  request,
}) => {
  const en = await request.get(`/r/${E2E_CRA_CODE}/documents/${DOC}`);
  expect(en.status()).toBe(200);
  expect(en.headers()["content-type"]).toBe("application/pdf");
  expect(en.headers()["content-disposition"]).toContain(
    `eu-declaration-of-conformity-draft-${E2E_CRA_CODE}.pdf`,
  );
  mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, "cra-declaration.pdf");
  writeFileSync(file, await en.body());
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("EU declaration of conformity");
  expect(text).toContain("DRAFT for the manufacturer to complete and sign");
  expect(text).toContain("issued under the sole responsibility of the manufacturer");
  expect(text).toContain("do not sign it or affix the CE marking");

  const zh = await request.get(`/r/${E2E_CRA_CODE}/documents/${DOC}?lang=zh-CN`);
  expect(zh.status()).toBe(200);
  const zhFile = path.join(SHOTS, "cra-declaration-zh.pdf");
  writeFileSync(zhFile, await zh.body());
  expect(execFileSync("pdftotext", [zhFile, "-"], { encoding: "utf8" })).toContain("欧盟符合性声明");

  expect((await request.get(`/r/${E2E_CRA_CODE}/documents/${DOC}?lang=fr`)).status()).toBe(400);
  const none = await request.get(`/r/${E2E_LABEL_CODE}/documents/${DOC}`);
  expect(none.status()).toBe(404);
  expect((await none.json()).error.message).toContain("not targeted");
});
