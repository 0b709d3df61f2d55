import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "./fixtures/accounts";
import { drawsWithCjkSubset } from "./fixtures/cjk-fonts";
import { E2E_LABEL_CODE } from "./fixtures/public-label";
import { CURRENT_CATALOG_VERSION } from "@/lib/schemes";

// The product in Simplified Chinese (issue 17): language from the browser, the switch, the profile setting, and the
// Chinese pages checked with axe and screenshotted at phone size (looked at for CJK line breaks and tofu glyphs).
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
const PHONE = { width: 390, height: 844 };

/** Screenshots after every web font has arrived (the CJK fallback font is large on a machine without one). */
async function shot(page: Page, name: string, fullPage = false) {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

async function noSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a Chinese browser gets Chinese pages with the right <html lang>, and the switch remembers English", async ({
  browser,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const context = await browser.newContext({ locale: "zh-CN", viewport: PHONE });
  const page = await context.newPage();

  // China, one star: a short page, so axe stays quick.
  await page.goto("/catalog?scheme=CN_CCL&level=1");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "准则目录" })).toBeVisible();
  await expect(page.getByText("中国网络安全标识（1–3 星）：准备度评级")).toBeVisible();
  await expect(page.getByRole("heading", { name: /CN-1\.01 没有弱密码或通用默认密码/ })).toBeVisible();
  await noSeriousAxeViolations(page);
  await shot(page, "zh-catalog-phone");

  await page.getByTestId("lang-en").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Criteria catalog" })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "cl_locale")?.value).toBe("en");
  // Every version's changelog, newest first, each headed by its version and date: 1.1.0's entries in English.
  const changelogs = page.getByTestId("changelogs");
  await expect(changelogs.locator("summary")).toHaveText([
    /What changed in version 1\.2\.0 \(published \d{4}-\d{2}-\d{2}\)/,
    /What changed in version 1\.1\.0 \(published \d{4}-\d{2}-\d{2}\)/,
    /What changed in version 1\.0\.0/,
  ]);
  await changelogs.getByText("What changed in version 1.1.0", { exact: false }).click();
  await expect(changelogs.getByText("China 3 stars: new CN-3.09", { exact: false })).toBeVisible();
  await shot(page, "en-catalog-changelogs-phone");
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // English pages preload no Chinese font.
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(0);
  await context.close();
});

test("catalog 1.1.0 in Chinese: the new CN-3.09 and the changelog are Chinese, no English left over", async ({
  browser,
}) => {
  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  await page.goto("/catalog?scheme=CN_CCL&level=3");
  // The browser shows the current catalog, which carries 1.1.0's criteria and changelog.
  await expect(page.getByText(`第 ${CURRENT_CATALOG_VERSION} 版`, { exact: false })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: /CN-3\.09 测试项目由有资质的第三方实验室检测/ }),
  ).toBeVisible();
  await expect(
    page.getByText("本准则不能声明为不适用：三星证据规则要求由第三方检测测试项目", { exact: false }),
  ).toBeVisible();
  // Every version's changelog, in Chinese: the current version's, and 1.1.0's with its CN-3.09 entry.
  await page.getByText(`版本 ${CURRENT_CATALOG_VERSION} 的变更`).click();
  await expect(page.getByText(/新增方案 ETSI EN 303 645/)).toBeVisible();
  await page.getByText("版本 1.1.0 的变更").click();
  await expect(page.getByText(/中国三星：新增 CN-3\.09/)).toBeVisible();
  await expect(page.getByText("New scheme ETSI EN 303 645", { exact: false })).toHaveCount(0);
  await expect(page.getByText("Several controls, one criterion", { exact: false })).toHaveCount(0);
  await expect(page.getByText("tested by a CMA-qualified", { exact: false })).toHaveCount(0);
  await shot(page, "zh-catalog-changelogs-desktop");

  // An older version, chosen in the filters: its own criteria, its changelog and the earlier ones, none later.
  await page.getByLabel("目录版本").selectOption("1.1.0");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/version=1\.1\.0/);
  await expect(page.getByText("第 1.1.0 版，发布于", { exact: false })).toBeVisible();
  await expect(page.getByTestId("older-version")).toContainText(
    `新的自评估使用第 ${CURRENT_CATALOG_VERSION} 版`,
  );
  await expect(page.getByTestId("changelogs").locator("details")).toHaveCount(2);
  await expect(page.getByText(`版本 ${CURRENT_CATALOG_VERSION} 的变更`)).toHaveCount(0);
  await page.getByText("版本 1.1.0 的变更").click();
  await expect(page.getByText(/中国三星：新增 CN-3\.09/)).toBeVisible();
  await page.getByText("版本 1.0.0 的变更").click();
  await expect(page.getByText("首个发布版本。")).toBeVisible();
  await noSeriousAxeViolations(page);
  await page.setViewportSize(PHONE);
  await shot(page, "zh-catalog-1.1.0-phone", true);
});

test("the public label page in Chinese: Chinese legal bases, static page, axe clean", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "zh-CN", viewport: PHONE })).newPage();
  await page.goto(`/r/${E2E_LABEL_CODE}`);
  await expect(page).toHaveURL(new RegExp(`/r/${E2E_LABEL_CODE}/zh-CN$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByText("《中华人民共和国个人信息保护法》", { exact: false }).first()).toBeVisible();
  const fonts = await drawsWithCjkSubset(page);
  console.log(`fonts fetched by the Chinese public page: ${JSON.stringify(fonts)}`);
  await noSeriousAxeViolations(page);
  await shot(page, "zh-public-label-phone", true);
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, "zh-public-label-desktop", true);
});

test("a signed-in manufacturer's choice is a profile setting: a new browser without the cookie is in Chinese", async ({
  browser,
}) => {
  const first = await browser.newContext({ locale: "en-US" });
  const page = await first.newPage();
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(DEMO.manufacturer);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await page.getByTestId("lang-zh-CN").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("link", { name: "产品", exact: true })).toBeVisible();
  await noSeriousAxeViolations(page);
  await shot(page, "zh-dashboard");

  // Same session, cookie removed: the profile setting still wins over the browser's English.
  const state = await first.storageState();
  const second = await browser.newContext({
    locale: "en-US",
    storageState: { ...state, cookies: state.cookies.filter((c) => c.name !== "cl_locale") },
  });
  const again = await second.newPage();
  await again.goto("/dashboard");
  await expect(again.locator("html")).toHaveAttribute("lang", "zh-CN");
  // Back to English for the other specs, which read the demo account in English.
  await again.getByTestId("lang-en").click();
  await expect(again.locator("html")).toHaveAttribute("lang", "en");
  await first.close();
  await second.close();
});
