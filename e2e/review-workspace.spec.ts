import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures/accounts";
import { questionnaireRendered } from "./fixtures/questionnaire";
import { readReviewSeed } from "./fixtures/review-seed";

// The review workspace on assessments seeded through the data layer (fixtures/seed-review.ts): what only a browser
// shows — layout at every width, filters and folding, keyboard shortcuts, confirmations — plus screenshots.
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
const seed = readReviewSeed();

async function as(browser: Browser, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/signin/);
  return page;
}

const cards = (page: Page) => page.locator("article[data-criterion]");

test.describe.configure({ mode: "serial" });

test("the reviewed result keeps its height at every width; filters narrow the list; decided ones are folded", async ({
  browser,
}) => {
  const page = await as(browser, DEMO.reviewer);
  await page.goto(`/review/${seed.inReview.id}`);
  await questionnaireRendered(page);
  const panel = page.getByRole("heading", { name: "Reviewed result" }).locator("xpath=ancestor::section[1]");
  for (const width of [1280, 1100, 1000, 999, 800, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const box = (await panel.boundingBox())!;
    expect(box.height, `width ${width}`).toBeGreaterThan(300);
    // Nothing is drawn over it: its bottom edge is above the top of the approval card that follows.
    const approve = (await page.locator("#decide").boundingBox())!;
    expect(approve.y, `width ${width}`).toBeGreaterThanOrEqual(box.y + box.height - 1);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  const total = await cards(page).count();
  expect(total).toBeGreaterThan(120);
  // Round 1 decided one criterion that did not change: it is folded to one line.
  const folded = page.locator('article[data-collapsed="true"]');
  await expect(folded).toHaveCount(1);
  await expect(folded.getByTestId("decision-state")).toContainText("Accepted");
  await folded.getByRole("button", { name: "Show or change" }).click();
  await expect(page.locator('article[data-collapsed="true"]')).toHaveCount(0);

  const show = page.getByLabel("Show", { exact: true });
  await show.selectOption("changed");
  const changed = await cards(page).count();
  expect(changed).toBeGreaterThan(0);
  expect(changed).toBeLessThan(10);
  await expect(cards(page).first()).toHaveAttribute("data-changed", "true");
  await expect(page.getByTestId("shown-count")).toContainText(`Showing ${changed} criteri`);

  await show.selectOption("failing");
  const failing = cards(page);
  expect(await failing.count()).toBeGreaterThan(1);
  for (const text of await failing.locator(".badge", { hasText: /^Engine:/ }).allTextContents())
    expect(text).toMatch(/Engine: (Fail|Pass)/); // engine failures, and the one overridden to pass
  await expect(page.locator("option:checked", { hasText: /^Failing/ })).toHaveText(
    new RegExp(`\\(${await failing.count()}\\)$`),
  );

  await show.selectOption("all");
  await page.getByLabel("Scheme").selectOption("US_CTM");
  await expect(page.locator('section[aria-labelledby="scheme-EU_RED"]')).toHaveCount(0);
  await page.getByLabel("Mechanism").selectOption({ label: "Software Update" });
  expect(await cards(page).count()).toBe(2);
  await page.getByRole("button", { name: "show all" }).click();
  expect(await cards(page).count()).toBe(total);
  await page.context().close();
});

test("keyboard: J/K move between criteria, A accepts and moves on, never while typing; shortcuts can be turned off", async ({
  browser,
}) => {
  const page = await as(browser, DEMO.reviewer);
  await page.goto(`/review/${seed.fresh.id}`);
  await questionnaireRendered(page);
  await expect(page.getByTestId("shortcut-help")).toContainText("Keyboard shortcuts");
  await page.getByTestId("shortcut-help").locator("summary").click();
  await expect(page.getByTestId("shortcut-help")).toContainText("accept the current criterion");
  const first = cards(page).nth(0);
  const second = cards(page).nth(1);
  await page.locator("body").press("j");
  await expect(first).toBeFocused();
  await page.keyboard.press("j");
  await expect(second).toBeFocused();
  await page.keyboard.press("k");
  await expect(first).toBeFocused();
  await page.keyboard.press("a");
  await expect(first.getByTestId("decision-state")).toContainText("Accepted");
  await expect(second).toBeFocused();

  // Typing an "a" in a reason does not accept anything.
  await second.getByRole("button", { name: "Reject…" }).click();
  const reason = second.getByLabel("Why you reject it (required)");
  await reason.fill("");
  await reason.press("a");
  await reason.press("j");
  await expect(reason).toHaveValue("aj");
  await expect(second.getByTestId("decision-state")).toContainText("Not decided yet");

  await page.getByLabel("Keyboard shortcuts").uncheck();
  await page.locator("body").click({ position: { x: 5, y: 300 } });
  await page.keyboard.press("a");
  await expect(second.getByTestId("decision-state")).toContainText("Not decided yet");
  await page.context().close();
});

test("accept all remaining counts only engine passes and asks first; approval asks before issuing", async ({
  browser,
}) => {
  const page = await as(browser, DEMO.reviewer);
  await page.goto(`/review/${seed.fresh.id}`);
  await questionnaireRendered(page);
  const bulk = page.getByRole("button", { name: /^Accept all remaining \(\d+\)$/ });
  const n = Number(/\((\d+)\)/.exec((await bulk.textContent()) ?? "")?.[1]);
  const open = Number(/^(\d+) of/.exec((await page.getByTestId("decided-count").textContent()) ?? "")?.[1]);
  const total = await cards(page).count();
  expect(n).toBeLessThan(total - open); // the engine failures are left out

  await bulk.click();
  const dialog = page.getByRole("dialog", { name: `Accept ${n} criteria?` });
  await expect(dialog).toContainText("stay for you to decide one by one");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("decided-count")).toContainText(`${open} of`);

  await bulk.click();
  await dialog.getByRole("button", { name: `Accept ${n} criteria` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "Accept all remaining", exact: true })).toBeDisabled();
  await page.getByLabel("Show", { exact: true }).selectOption("undecided");
  const left = cards(page);
  expect(await left.count()).toBe(total - open - n);
  for (const badge of await left.locator(".badge", { hasText: /^Engine:/ }).allTextContents())
    expect(badge).toBe("Engine: Fail");

  // Decide the failures one by one (accepting the engine's FAIL), then approval asks before issuing.
  while ((await left.count()) > 0) {
    await left.first().getByRole("button", { name: "Accept", exact: true }).click();
    await expect(left.first().getByTestId("decision-state")).toContainText("Accepted");
    await page.getByLabel("Show", { exact: true }).selectOption("all");
    await page.getByLabel("Show", { exact: true }).selectOption("undecided");
  }
  await page.getByRole("button", { name: "Approve and issue the label" }).click();
  const confirm = page.getByRole("dialog", { name: "Issue the label?" });
  await expect(confirm).toContainText("can never be changed");
  await expect(confirm).toContainText(seed.fresh.product);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/review-approve-confirm-1280.png` });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("review-status")).toHaveText("In review");
  await page.context().close();
});

test("the manufacturer sees the lab's open comments listed with links, and can show only those questions", async ({
  browser,
}) => {
  const page = await as(browser, DEMO.manufacturer, { width: 390, height: 844 });
  await page.goto(`/assessments/${seed.changesRequested.id}`);
  const list = page.getByTestId("lab-comments");
  await expect(list).toContainText("2 comments on 2 questions");
  for (const c of seed.changesRequested.comments) await expect(list).toContainText(c.body);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/lab-comments-390.png` });
  const questions = page.locator(".question");
  await questionnaireRendered(page);
  const all = await questions.count();
  await list.getByLabel(/Show only the questions with comments/).check();
  await expect(page.locator(".question:visible")).toHaveCount(2);
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(
    new RegExp(`#q-${seed.changesRequested.comments[0]!.questionId.replace(/\./g, "\\.")}$`),
  );
  await list.getByLabel(/Show only the questions with comments/).uncheck();
  await expect(page.locator(".question:visible")).toHaveCount(all);
  await page.context().close();
});

test("review page: no serious accessibility violations; screenshots at phone and desktop sizes", async ({
  browser,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    const page = await as(browser, DEMO.reviewer, { width: w, height: h });
    await page.goto(`/review/${seed.inReview.id}`);
    await questionnaireRendered(page);
    await page.screenshot({ path: `${SHOTS}/review-${w}.png` });
    await page.getByLabel("Show", { exact: true }).selectOption("changed");
    await page.screenshot({ path: `${SHOTS}/review-changed-${w}.png`, fullPage: true });
    if (w === 1280) {
      // axe on the filtered page (a few cards of each kind): on all 130-odd cards it takes minutes.
      const results = await new AxeBuilder({ page }).include("main").analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    }
    await page.context().close();
  }
});
