import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { uniqueEmail } from "./fixtures/accounts";
import { drawsWithCjkSubset } from "./fixtures/cjk-fonts";
import { DESKTOP, PHONE, phoneAndDesktopShots, SHOTS } from "./fixtures/screenshots";

// The manufacturer's journey once in Simplified Chinese (issue 17): sign up, form errors from zod and from the server
// in Chinese, sign out and in, add a product, start an assessment; axe on each Chinese page, and phone and desktop
// screenshots of the sign-up page, the questionnaire, its results panel and the dashboard, to look at (drawn with the
// preloaded Chinese web font subsets on a machine without a CJK system font: docs/i18n.md "Fonts").

async function noSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a manufacturer signs up, adds a product and starts an assessment in Chinese", async ({ browser }) => {
  // One long journey (nine pages, six axe runs) on a shared 2-core machine: a budget, not a timed assertion.
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  const context = await browser.newContext({ locale: "zh-CN", viewport: PHONE });
  const page = await context.newPage();
  const email = uniqueEmail("zh-maker");
  const password = "正确的马 电池 订书钉 2026";

  await page.goto("/signup");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "创建生产者账户" })).toBeVisible();
  await noSeriousAxeViolations(page);
  await phoneAndDesktopShots(page, "zh-signup", { fullPage: true });
  await page.setViewportSize(PHONE);

  // zod in the browser, in Chinese.
  await page.getByLabel("您的姓名").fill("李明");
  await page.getByLabel("公司（生产者）").fill(`深圳明光电子 ${Date.now()}`);
  await page.getByLabel("工作电子邮件").fill("not-an-address");
  await page.getByLabel("密码").fill("short");
  await page.getByRole("button", { name: "创建账户" }).click();
  await expect(page.getByText("请输入有效的电子邮件地址。")).toBeVisible();
  await expect(page.getByText("密码至少 12 个字符。")).toBeVisible();
  await expect(page.getByLabel("密码")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("工作电子邮件").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "创建账户" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByText("还没有产品。添加第一个产品即可开始评估。")).toBeVisible();
  await noSeriousAxeViolations(page);

  // Signed out and in again, in Chinese; a wrong password is said in Chinese too.
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page.getByRole("link", { name: "登录" }).first()).toBeVisible();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { level: 1, name: "登录" })).toBeVisible();
  await page.getByLabel("电子邮件").fill(email);
  await page.getByLabel("密码").fill("not the right password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator(".alert[role=alert]")).toContainText("该电子邮件和密码与任何账户都不匹配。");
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // A product, with a server-side refusal in Chinese first (http:// is refused by the schema on both sides).
  await page.getByRole("link", { name: "添加产品" }).click();
  await expect(page).toHaveURL(/\/products\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "添加产品" })).toBeVisible();
  await page.getByLabel("型号名称").fill("明光智能摄像头 C1");
  await page.getByLabel("硬件版本").fill("rev A");
  await page.getByLabel("固件版本").fill("1.0.0");
  await page.getByLabel("类别", { exact: true }).selectOption("camera");
  await page.getByLabel("安全更新截止日期").fill("2030-12-31");
  await page.getByLabel("隐私政策（可选）").fill("http://example.com/privacy");
  await page.getByRole("button", { name: "添加产品" }).click();
  await expect(page.getByText("请输入以 https:// 开头的安全网址（不接受 http:// 页面）。")).toBeVisible();
  await noSeriousAxeViolations(page);
  await page.getByLabel("隐私政策（可选）").fill("https://example.com/privacy");
  await page.getByRole("button", { name: "添加产品" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "明光智能摄像头 C1" })).toBeVisible();
  await expect(page.getByText("摄像头或可视门铃")).toBeVisible();
  await noSeriousAxeViolations(page);

  // The assessment, with the schemes' names from the Chinese catalog.
  await page.getByRole("link", { name: "开始评估" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "评估 明光智能摄像头 C1" })).toBeVisible();
  await noSeriousAxeViolations(page);
  await page.getByRole("button", { name: "开始填写问卷" }).click();
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  // The questionnaire in the product font from the first paint (preloaded subsets), at phone and desktop size.
  await drawsWithCjkSubset(page);
  await phoneAndDesktopShots(page, "zh-questionnaire", { fullPage: true });
  // The live results panel: every scheme module's result in Chinese (lib/schemes/*/ui.tsx).
  await page.setViewportSize(DESKTOP);
  const panel = page.locator(".results-panel");
  await expect(panel.getByTestId("result-US_CTM")).toContainText("尚未完成：缺少回答");
  await expect(panel.getByTestId("result-CN_CCL")).toContainText("0 星（满分 3 星）");
  await expect(panel).not.toContainText("Incomplete");
  await expect(panel).not.toContainText("of 3 stars");
  await panel.screenshot({ path: `${SHOTS}/zh-results-panel-desktop.png` });
  await page.setViewportSize(PHONE);

  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "明光智能摄像头 C1" })).toBeVisible();
  await expect(page.getByTestId("latest-status")).toHaveText("草稿");
  await noSeriousAxeViolations(page);
  await phoneAndDesktopShots(page, "zh-dashboard", { fullPage: true });
  await context.close();
});
