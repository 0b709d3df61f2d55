import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures/accounts";
import { readReviewSeed } from "./fixtures/review-seed";
import enAccount from "@/messages/en/account.json" with { type: "json" };
import enAdmin from "@/messages/en/admin.json" with { type: "json" };
import enNotifications from "@/messages/en/notifications.json" with { type: "json" };
import enReviewQueue from "@/messages/en/reviewQueue.json" with { type: "json" };

// The review workspace and the questionnaire in Simplified Chinese (issue 17): a reviewer works an assessment in
// Chinese from the queue to the issued label, reading the manufacturer's own words as written with the catalog
// around them in Chinese. The long part (a complete submitted assessment) is seeded through the data layer
// (fixtures/seed-review.ts, "Lumo Lantern"). Screenshots at phone and desktop width are looked at for CJK line
// breaking and tofu glyphs.
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const CJK = /[\u4e00-\u9fff]/;

/** After the web fonts (the CJK fallback is large) have arrived and the page has painted with them. */
async function shot(page: Page, name: string, fullPage = false) {
  await page.evaluate(async () => {
    // Both faces of the CJK fallback, explicitly: `fonts.ready` alone can resolve before the bold face is asked for
    // (headings, labels and badges then show tofu in the screenshot; docs/i18n.md, Fonts).
    await Promise.all(
      ["400", "700"].map((w) => document.fonts.load(`${w} 16px "Cyberlabel Noto Sans SC"`, "审核")),
    );
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

/** Each English message's own words (the text between its arguments and tags), for "no English left over". */
function englishPieces(...namespaces: object[]): string[] {
  const ARG = /\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}|<[^>]*>/g;
  const out = new Set<string>();
  const walk = (o: unknown): void => {
    if (typeof o === "string")
      for (const piece of o.split(ARG))
        if (/[A-Za-z]{3,}.*[A-Za-z]{3,}/.test(piece)) out.add(piece.trim());
        else if (o && typeof o === "object") Object.values(o).forEach(walk);
  };
  namespaces.forEach(walk);
  return [...out];
}

/** The English message words the page's main content still shows (none, on a Chinese page). */
async function englishLeftovers(page: Page, ...namespaces: object[]): Promise<string[]> {
  const text = await page.locator("main").innerText();
  return englishPieces(...namespaces).filter((piece) => text.includes(piece));
}

/**
 * Latin words in the main content once the given data (names, addresses, hashes, commands) is taken out; `allowed`
 * are identifiers the Chinese text quotes as they are (ISO/IEC, UTC…).
 */
async function latinWords(page: Page, dataSelectors: string, allowed: string[] = []): Promise<string[]> {
  return page.evaluate(
    ([drop, keep]) => {
      const main = document.querySelector("main")!.cloneNode(true) as HTMLElement;
      for (const el of main.querySelectorAll(drop)) el.remove();
      const words = main.innerText.replace(/\S+@\S+/g, " ").match(/\b[A-Za-z]{3,}\b/g) ?? [];
      return words.filter((w) => !["UTC", "SMTP", ...keep].includes(w));
    },
    [dataSelectors, allowed] as const,
  );
}

async function noSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Signs in (the sign-in page in English) and switches to Chinese: the profile setting, as a user would. */
async function inChinese(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-US", viewport: DESKTOP })).newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/signin/);
  await page.getByTestId("lang-zh-CN").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  return page;
}

/** Back to English: the other specs read the demo accounts in English. */
async function backToEnglish(page: Page) {
  await page.getByTestId("lang-en").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.context().close();
}

test.describe.configure({ mode: "serial" });

test("a reviewer in Chinese: queue, assessment, a decision, approval; the manufacturer's words as written", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  const seed = readReviewSeed().chinese;
  const page = await inChinese(browser, DEMO.reviewer);

  // The queue page's own words in Chinese, then the queue filtered to the seeded product.
  await page.goto("/review");
  await expect(page.getByRole("heading", { level: 1, name: "审核队列" })).toBeVisible();
  await expect(page.getByRole("link", { name: "实验室概览" })).toBeVisible();
  expect(await englishLeftovers(page, enReviewQueue)).toEqual([]);
  await shot(page, "zh-queue-desktop");
  await page.setViewportSize(PHONE);
  await shot(page, "zh-queue-phone");
  await page.setViewportSize(DESKTOP);
  await page.getByLabel("产品或生产者").fill("Lantern");
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  const row = page.locator(`tr[data-assessment="${seed.id}"]`);
  await expect(row).toContainText("已提交");
  await expect(row).toContainText("未分配");
  await expect(row).toContainText("中国网络安全标识");
  await expect(page.getByRole("columnheader", { name: /生产者/ })).toBeVisible();
  await noSeriousAxeViolations(page);

  await row.getByRole("link", { name: seed.product }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${seed.id}$`));
  await page.getByRole("button", { name: "认领审核" }).click();
  const decidedCount = page.getByTestId("decided-count");
  await expect(decidedCount).toHaveText(/^已决定 0 项，共 \d+ 项准则$/);

  // The card reading the explained answer: criterion and question in Chinese, the status word in Chinese, the
  // manufacturer's explanation exactly as they wrote it.
  const answer = page.locator(`li[data-question="${seed.explained}"]`).first();
  const card = page.locator("article[data-criterion]").filter({ has: answer }).first();
  await expect(card.locator("h4")).toHaveText(CJK);
  await expect(answer.locator(".muted").first()).toHaveText(CJK);
  await expect(answer).toContainText("不适用");
  await expect(answer).toContainText(`理由：${seed.note}`);
  await expect(card.getByText(/^引擎：/)).toHaveText(CJK);
  await expect(card).toContainText("通过条件：");
  await expect(page.getByRole("heading", { name: "审核后的结果" })).toBeVisible();
  await noSeriousAxeViolations(page);
  await shot(page, "zh-review-desktop");
  await page.setViewportSize(PHONE);
  await card.scrollIntoViewIfNeeded();
  await shot(page, "zh-review-phone");
  await page.setViewportSize(DESKTOP);

  // Decide that criterion: override to pass with a written reason (in Chinese), shown with the decision.
  await card.getByRole("button", { name: "更改判定…" }).click();
  await card.getByRole("radio", { name: "通过", exact: true }).check();
  await card
    .getByLabel("更改判定的理由（必填）")
    .fill("已在实验室核实：设备没有口令，只能通过设备上的按键配对。");
  await card.getByRole("button", { name: "保存更改" }).click();
  await expect(card.getByTestId("decision-state")).toContainText(
    "判定改为通过：已在实验室核实：设备没有口令，只能通过设备上的按键配对。",
  );

  // Everything the engine passed in one go, then the remaining failures one by one, then approval.
  await page.getByRole("button", { name: /^接受其余全部（\d+）$/ }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^接受 \d+ 项准则$/ })
    .click();
  await expect(page.getByRole("button", { name: "接受其余全部", exact: true })).toBeDisabled();
  // The failing criteria the bulk accept leaves take their own decision each.
  const open = page.locator('article[data-criterion][data-decided="false"]');
  for (let n = await open.count(); n > 0; n--) {
    await open.first().getByRole("button", { name: "接受", exact: true }).click();
    await expect(open).toHaveCount(n - 1);
  }
  await expect(decidedCount).toHaveText(/^已决定 (\d+) 项，共 \1 项准则$/);
  await page.getByRole("button", { name: "批准并签发标签" }).click();
  await page.getByRole("dialog", { name: "签发标签？" }).getByRole("button", { name: "签发标签" }).click();
  const label = page.getByTestId("label-panel");
  await expect(label).toContainText("公开编号");
  await expect(label.getByRole("heading", { name: /^标签/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "撤销标签" })).toBeVisible();

  // The lab's audit trail of it, its assignments page and the reviewer's notifications, in Chinese.
  await page.goto(`/review/${seed.id}/audit`);
  await expect(page.getByRole("heading", { level: 1, name: "审计记录" })).toBeVisible();
  await expect(page.getByRole("link", { name: `返回 ${seed.product} 的审核` })).toBeVisible();
  await expect(page.getByTestId("audit-trail")).toContainText("签发标签");
  expect(await englishLeftovers(page, enReviewQueue)).toEqual([]);
  await page.goto("/review/assignments");
  await expect(page.getByRole("heading", { level: 1, name: "任务分配" })).toBeVisible();
  expect(await englishLeftovers(page, enReviewQueue)).toEqual([]);
  await page.goto("/notifications");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
  await expect(page.getByTestId("unread-summary")).toContainText(
    `同样的消息也会通过电子邮件发送到 ${DEMO.reviewer}`,
  );
  await expect(page.getByRole("list", { name: "通知" }).locator(".badge").first()).toHaveText(CJK);
  // What was written to the reviewer (titles, bodies) is shown as written; the page's own words are Chinese.
  expect(await englishLeftovers(page, enNotifications)).toEqual([]);
  expect(await latinWords(page, "li a, li p")).toEqual([]);
  await noSeriousAxeViolations(page);
  await shot(page, "zh-notifications-desktop");
  await page.setViewportSize(PHONE);
  await shot(page, "zh-notifications-phone");

  await backToEnglish(page);
});

test("the administrator in Chinese: labs and reviewers, integrity, organisations, the outbox, the account", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await inChinese(browser, DEMO.admin);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "系统管理" })).toBeVisible();
  for (const name of ["新建实验室", "新建实验室审核员", "实验室及其审核员", "完整性", "组织"])
    await expect(page.getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  await expect(page.getByTestId("audit-chain")).toContainText("哈希链校验通过");
  await expect(page.getByTestId("transparency-log")).toContainText(/\d+ 个条目/);
  await expect(page.getByRole("button", { name: /^停用 / }).first()).toBeVisible();
  // The form checks in the reader's language before anything is sent.
  const labForm = page.getByRole("form", { name: "新建实验室", exact: true });
  await labForm.getByRole("button", { name: "创建实验室" }).click();
  await expect(labForm.getByText("至少 2 个字符。")).toBeVisible();
  expect(await englishLeftovers(page, enAdmin)).toEqual([]);
  // Left once the data is taken out: lab, person and organisation names, addresses, hashes and commands.
  // The accreditation hint's example quotes an accreditation as it is written (DAkkS, ISO/IEC 17025).
  expect(
    await latinWords(page, "td:nth-child(1), td:nth-child(2), h3, caption, code, select", [
      "DAkkS",
      "ISO",
      "IEC",
    ]),
  ).toEqual([]);
  await noSeriousAxeViolations(page);
  await shot(page, "zh-admin-desktop", true);
  await page.setViewportSize(PHONE);
  await shot(page, "zh-admin-phone", true);
  await page.setViewportSize(DESKTOP);

  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "邮件发件箱" })).toBeVisible();
  await expect(page.getByTestId("smtp-status")).toContainText("邮件经由");
  await expect(
    page.getByRole("navigation", { name: "按投递状态筛选" }).getByRole("link", { name: "全部" }),
  ).toBeVisible();
  expect(await englishLeftovers(page, enAdmin, enNotifications)).toEqual([]);
  expect(await latinWords(page, "summary, pre, strong, code")).toEqual([]);
  await shot(page, "zh-outbox-desktop");

  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1, name: "您的账户" })).toBeVisible();
  await expect(page.getByLabel("当前密码")).toBeVisible();
  expect(await englishLeftovers(page, enAccount)).toEqual([]);
  await backToEnglish(page);
});

test("the questionnaire in Chinese: questions, help, choices and results in Chinese, lab comments as written", async ({
  browser,
}) => {
  const seed = readReviewSeed().changesRequested;
  const page = await inChinese(browser, DEMO.manufacturer);
  await page.goto(`/assessments/${seed.id}`);
  await expect(page.locator('[data-rendered="all"]')).toBeVisible();
  const question = page.locator(`[data-question="${seed.comments[0]!.questionId}"]`);
  await expect(question.locator(".prompt")).toHaveText(CJK);
  await expect(question.locator(".help")).toHaveText(CJK);
  await expect(question.getByRole("radio", { name: "是", exact: true })).toHaveCount(1);
  // The lab's comment stays in the words the reviewer wrote.
  await expect(question.locator(".review-comment")).toContainText(seed.comments[0]!.body);
  await expect(page.getByRole("heading", { name: "实时结果" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^关于产品：/ }).first()).toBeVisible();
  await question.scrollIntoViewIfNeeded();
  await shot(page, "zh-questionnaire-desktop");
  await page.setViewportSize(PHONE);
  await question.scrollIntoViewIfNeeded();
  await shot(page, "zh-questionnaire-phone");
  await backToEnglish(page);
});
