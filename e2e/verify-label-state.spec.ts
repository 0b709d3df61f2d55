import { expect, test } from "@playwright/test";
import { E2E_EXPIRED_CODE } from "./fixtures/manufacturer-label";
import { E2E_REVOCATION_REASON, E2E_REVOKED_CODE } from "./fixtures/public-label";

// Verifying the genuine report of a label that is no longer valid must say both: the report is genuine, and the
// label was revoked (or has expired), in the state's colour, in both languages, and in the API's JSON answer.

type TStatus = {
  state: string;
  validUntil: string;
  revokedAt: string | null;
  revocationReason: string | null;
  since: string | null;
};

async function statusOf(
  request: import("@playwright/test").APIRequestContext,
  code: string,
): Promise<TStatus> {
  return ((await (await request.get(`/api/public/labels/${code}`)).json()) as { status: TStatus }).status;
}

test("the genuine PDF of a revoked label: genuine, and revoked on <date> because <reason>, in English and Chinese", async ({
  browser,
  request,
}) => {
  const pdf = await (await request.get(`/r/${E2E_REVOKED_CODE}/report.pdf`)).body();
  const status = await statusOf(request, E2E_REVOKED_CODE);
  const on = status.revokedAt!.slice(0, 10);

  const json = await request.post(`/r/${E2E_REVOKED_CODE}/verify`, {
    headers: { Accept: "application/json" },
    multipart: { file: { name: "report.pdf", mimeType: "application/pdf", buffer: pdf } },
  });
  expect(json.status()).toBe(200);
  expect(await json.json()).toEqual({
    match: true,
    matched: "pdf_sha256",
    status: {
      state: "revoked",
      validUntil: status.validUntil,
      revokedAt: status.revokedAt,
      revocationReason: E2E_REVOCATION_REASON,
      since: status.revokedAt,
    },
  });

  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  for (const [lang, button, genuine, revoked] of [
    ["en", "Check the PDF", "Genuine", `revoked on ${on}`],
    ["zh-CN", "核验 PDF", "真实", `已于 ${on} 被撤销`],
  ] as const) {
    await page.goto(`/r/${E2E_REVOKED_CODE}/${lang}`);
    await page.getByLabel(lang === "en" ? "PDF report" : "PDF 报告").setInputFiles({
      name: "report.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await page.getByRole("button", { name: button }).click();
    const result = page.getByRole("status");
    await expect(result).toContainText(genuine);
    await expect(result).toContainText(revoked);
    await expect(result).toContainText(E2E_REVOCATION_REASON);
    await expect(result).toHaveClass(/pl-status-revoked/);
    for (const v of [
      { name: "phone", width: 390, height: 844 },
      { name: "desktop", width: 1280, height: 900 },
    ]) {
      await page.setViewportSize(v);
      await page.screenshot({
        path: test.info().outputPath(`verified-revoked-${lang}-${v.name}.png`),
        fullPage: true,
      });
    }
  }
  await ctx.close();
});

test("the genuine PDF of an expired label: genuine, and expired on <date>, in amber; the JSON says expired", async ({
  page,
  request,
}) => {
  const pdf = await (await request.get(`/r/${E2E_EXPIRED_CODE}/report.pdf`)).body();
  const status = await statusOf(request, E2E_EXPIRED_CODE);
  expect(status.state).toBe("expired");
  const json = await request.post(`/r/${E2E_EXPIRED_CODE}/verify`, {
    headers: { Accept: "application/json" },
    multipart: { file: { name: "report.pdf", mimeType: "application/pdf", buffer: pdf } },
  });
  expect(await json.json()).toMatchObject({ match: true, status: { state: "expired", revokedAt: null } });
  await page.goto(`/r/${E2E_EXPIRED_CODE}/en`);
  await page
    .getByLabel("PDF report")
    .setInputFiles({ name: "report.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Check the PDF" }).click();
  const result = page.getByRole("status");
  await expect(result).toContainText("Genuine");
  await expect(result).toContainText(`expired on ${status.validUntil.slice(0, 10)}`);
  await expect(result).toHaveClass(/pl-status-expired/);
  for (const s of [
    { name: "phone", width: 390, height: 844 },
    { name: "desktop", width: 1280, height: 900 },
  ]) {
    await page.setViewportSize(s);
    await page.screenshot({ path: test.info().outputPath(`verified-expired-${s.name}.png`), fullPage: true });
  }
});
