// Issue 16, SBOM and vulnerabilities: the manufacturer uploads an SBOM (a malformed one is refused with the reason),
// the lab sees the component list, an actively exploited vulnerability without a fix puts a "security information"
// notice on the public page in both languages and the label on the lab's list, and the lab suspends it.
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import enVulns from "@/messages/en/vulns.json" with { type: "json" };
import { DEMO, signIn, signOut } from "./fixtures/accounts";
import { E2E_SEC_MAKER, E2E_SEC_PRODUCT } from "./fixtures/security";

const SBOM = path.join(process.cwd(), "lib/sbom/testdata/cyclonedx-firmware-1.5.json");
const SHOTS = process.env.E2E_SCREENSHOT_DIR;

/** The English words of the page's messages (their fixed parts) and common English words, found in `text`. */
function englishLeftovers(text: string): string[] {
  const fixed = (v: unknown): string[] =>
    typeof v === "string"
      ? v.split(/[{}<>]/).filter((part) => /[a-z]{3,} [a-z]{3,}/i.test(part) && part.trim().length >= 10)
      : Object.values(v as Record<string, unknown>).flatMap(fixed);
  const found = fixed(enVulns).filter((part) => text.includes(part.trim()));
  const words = text.match(
    /\b(the|and|of|for|with|to|by|is|this|your|from|when|not|yet|known|upload|filter)\b/gi,
  );
  return [...found, ...(words ?? [])];
}

/** The same journey's version page in Chinese: phone and desktop screenshots when E2E_SCREENSHOT_DIR is set. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [size, viewport] of [
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1280, height: 900 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("SBOM upload → components for the lab → exploited vulnerability → public notice → suspension", async ({
  page,
}) => {
  // Eleven pages and one axe run on a shared 2-core machine: a budget, not a timed assertion.
  test.setTimeout(120_000);
  await signIn(page, E2E_SEC_MAKER.email, E2E_SEC_MAKER.password, /\/dashboard/);
  await page.goto("/products");
  await page.getByRole("link", { name: E2E_SEC_PRODUCT.modelName }).first().click();
  await page
    .getByRole("region", { name: "SBOM and vulnerabilities" })
    .getByRole("link", { name: new RegExp(`Firmware ${E2E_SEC_PRODUCT.firmware}`) })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`firmware ${E2E_SEC_PRODUCT.firmware}`);
  const versionUrl = page.url();

  // A malformed SBOM is refused with the schema's reason; nothing is stored.
  const upload = page.getByRole("form", { name: "Upload the SBOM" });
  await upload.getByLabel("Upload the SBOM").setInputFiles({
    name: "bad.cdx.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      '{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"type":"toaster","name":"x"}]}',
    ),
  });
  await upload.getByRole("button", { name: "Upload SBOM" }).click();
  await expect(upload.getByRole("alert")).toContainText("CycloneDX 1.5 JSON schema");
  await expect(page.getByText("No SBOM yet for this version.")).toBeVisible();

  await upload.getByLabel("Upload the SBOM").setInputFiles(SBOM);
  await upload.getByRole("button", { name: "Upload SBOM" }).click();
  await expect(page.getByTestId("sbom-summary")).toContainText(
    "SBOM available: CycloneDX 1.5 (JSON), 5 components",
  );

  // An actively exploited vulnerability without a fix.
  const add = page.getByRole("form", { name: "Record a vulnerability" });
  await add.getByLabel("Identifier").fill("CVE-2026-41234");
  await add.getByLabel("Severity").selectOption("CRITICAL");
  await add.getByLabel("Title").fill("Unauthenticated RTSP command injection");
  await add.getByLabel("Actively exploited").check();
  await add.getByRole("button", { name: "Record the vulnerability" }).click();
  const vuln = page.locator('[data-testid="vulnerability"][data-identifier="CVE-2026-41234"]');
  await expect(vuln).toContainText("actively exploited");
  await expect(vuln.locator('[data-cra-stage="EARLY_WARNING"]')).toHaveAttribute("data-status", "due");
  await expect(vuln.locator('[data-cra-stage="FINAL_REPORT"]')).toHaveAttribute("data-status", "waiting");
  await page.goto("/dashboard");
  await expect(page.getByTestId("cra-deadlines")).toContainText("CVE-2026-41234");

  // The version page in Chinese (issue 17): the visitor's cookie, Chinese headings and words, no English left over
  // but what the manufacturer and the SBOM wrote; axe clean.
  await page.context().addCookies([{ name: "cl_locale", value: "zh-CN", url: page.url() }]);
  await page.goto(versionUrl);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`固件 ${E2E_SEC_PRODUCT.firmware}`);
  await expect(page.getByRole("heading", { level: 2, name: "SBOM（软件物料清单）" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "已知漏洞" })).toBeVisible();
  await expect(page.getByTestId("sbom-summary")).toContainText("已有 SBOM：CycloneDX 1.5（JSON），5 个组件");
  await expect(vuln.getByRole("table", { name: "《网络弹性法案》第 14 条报告" })).toContainText("早期预警");
  await expect(vuln).toContainText("正被积极利用");
  expect(englishLeftovers(await page.locator("main").innerText())).toEqual([]);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await shoot(page, "zh-version-security");
  await page.context().clearCookies({ name: "cl_locale" });
  await page.goto("/dashboard");
  await signOut(page);

  // The lab: the label is on its notice list; the version page shows the components.
  await signIn(page, DEMO.reviewer, undefined, /\/review/);
  await page.goto("/review/security");
  const card = page.getByTestId("notice-label").filter({ hasText: E2E_SEC_PRODUCT.modelName });
  await expect(card).toContainText("CVE-2026-41234");
  const code = (await card.getAttribute("data-code"))!;
  await page.goto(versionUrl);
  const components = page.getByRole("table", { name: "Components" });
  await expect(
    components.getByRole("row", { name: /openssl 3\.0\.13 pkg:generic\/openssl@3\.0\.13 Apache-2\.0/ }),
  ).toBeVisible();

  // The public page, in both languages.
  await page.goto(`/r/${code}/en`);
  await expect(page.getByTestId("security-notice")).toContainText("Security information");
  await expect(page.getByTestId("security-notice")).toContainText("CVE-2026-41234");
  await page.goto(`/r/${code}/zh-CN`);
  await expect(page.getByTestId("security-notice")).toContainText("安全信息");

  // The lab suspends the label: its public page says so at once.
  await page.goto("/review/security");
  await card.getByLabel("Reason for suspending").fill("CVE-2026-41234 is exploited and unfixed.");
  await card.getByRole("button", { name: "Suspend the label" }).click();
  await expect(card.getByRole("button", { name: "Reinstate the label" })).toBeVisible();
  await page.goto(`/r/${code}/en`);
  await expect(page.locator("main")).toContainText(/suspended/i);
});
