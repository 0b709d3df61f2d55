// The label follows the product (issue 16, docs/versions.md): a label for firmware 2.4.1 (seeded through the data
// layer) → "Assess a new version" 2.4.2 with one changed answer, the rest confirmed as carried → the lab reviews
// only the criteria that read the changed answer → the new label supersedes the old → both public pages say so,
// in both languages.
import { expect, test, type Page } from "@playwright/test";
import { reviewState } from "@/lib/review/criteria";
import { questionsRead } from "@/lib/review/stale";
import { getCatalog, type TSchemeId } from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { DEMO, DEMO_PASSWORD, signIn } from "./fixtures/accounts";
import { answerQuestion } from "./fixtures/questionnaire";
import { E2E_VERSIONED, E2E_VERSIONS_MAKER } from "./fixtures/versions";

const catalog = getCatalog();
const SCHEMES: TSchemeId[] = ["US_CTM"];
const base = reviewState(catalog, goodAnswers(catalog), SCHEMES, []);
const byKey = new Map(catalog.criteria.map((c) => [c.key, c]));
const isControl = (id: string) => catalog.questions.find((x) => x.id === id)?.type === "control";
const target = base.toReview.find((r) => questionsRead(byKey.get(r.key)!).some(isControl))!;
const q = questionsRead(byKey.get(target.key)!).find(isControl)!;
const readers = base.toReview.filter((r) => questionsRead(byKey.get(r.key)!).includes(q));

const SHOTS = process.env.E2E_SCREENSHOT_DIR;
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const [size, viewport] of [
    ["phone", { width: 390, height: 844 }],
    ["desktop", { width: 1280, height: 900 }],
  ] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("label for 2.4.1 → re-assess 2.4.2 with one changed answer → lab reviews only that → new label supersedes the old", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const maker = await (await browser.newContext()).newPage();
  await signIn(maker, E2E_VERSIONS_MAKER.email, E2E_VERSIONS_MAKER.password, /\/dashboard/);
  await maker.getByRole("link", { name: E2E_VERSIONED.modelName }).first().click();
  await expect(maker.getByRole("heading", { level: 1, name: E2E_VERSIONED.modelName })).toBeVisible();
  const oldRow = maker.locator(`[data-testid="version-row"][data-firmware="${E2E_VERSIONED.firmware}"]`);
  const oldCode = (await oldRow.getByRole("link", { name: /^CL-/ }).textContent())!.trim();
  await expect(oldRow.getByTestId("version-label-state")).toHaveText("Valid");

  // The public page of the 2.4.1 label, seen (and cached) before anything changes.
  const consumer = await (await browser.newContext()).newPage();
  await consumer.goto(`/r/${oldCode}/en`);
  await expect(consumer.getByTestId("superseded-by")).toHaveCount(0);

  await maker.getByRole("link", { name: "Assess a new version" }).click();
  await maker.getByLabel("Firmware version").fill(E2E_VERSIONED.next);
  await maker.getByLabel("What changed in this version (optional)").fill("Pairing timeout fixed.");
  await maker.getByRole("button", { name: "Start the re-assessment" }).click();
  await expect(maker).toHaveURL(/\/assessments\/[a-z0-9]+$/);
  const assessmentId = new URL(maker.url()).pathname.split("/").pop()!;
  await expect(maker.getByTestId("assessed-firmware")).toHaveText(E2E_VERSIONED.next);
  await expect(maker.getByTestId("reassessment-of")).toContainText(oldCode);
  await expect(maker.getByTestId("carried-banner")).toBeVisible();
  await expect(maker.locator(`[data-question="${q}"]`).getByTestId("carried-mark")).toBeVisible();
  await shoot(maker, "reassessment");

  // One changed answer; every other carried answer confirmed as it stands.
  await answerQuestion(maker, catalog, q, { status: "partial" });
  await expect(maker.locator(`[data-question="${q}"]`).getByTestId("carried-mark")).toHaveCount(0);
  await expect(maker.locator(`[data-question="${q}"] .save-state`)).toHaveText("Saved");
  await maker.getByRole("button", { name: /^Confirm all \d+ as they stand$/ }).click();
  await expect(maker.getByTestId("carried-banner")).toHaveCount(0);
  await maker.getByRole("button", { name: "Submit for review" }).click();
  await expect(maker.getByTestId("assessment-status")).toHaveText("Submitted");

  // The lab: what changed since the earlier label, and only the criteria reading the changed answer are open.
  const lab = await (await browser.newContext()).newPage();
  await signIn(lab, DEMO.reviewer, DEMO_PASSWORD, /\/review/);
  await lab.goto(`/review/${assessmentId}`);
  await lab.getByRole("button", { name: "Claim for review" }).click();
  const since = lab.getByTestId("changes-since-label");
  await expect(since).toContainText(oldCode);
  await expect(since.getByTestId("changed-answers").locator("li")).toHaveCount(1);
  await expect(since.getByTestId("standing-decisions")).toContainText(
    `${readers.length} ${readers.length === 1 ? "needs" : "need"} your decision again`,
  );
  await shoot(lab, "review-since-label");
  await lab.getByLabel("Show", { exact: true }).selectOption("undecided");
  const open = lab.locator("article[data-criterion]");
  await expect(open).toHaveCount(readers.length);
  while ((await open.count()) > 0) {
    await open.first().getByRole("button", { name: "Accept", exact: true }).click();
    await expect(open.first().getByTestId("decision-state")).toContainText("Accepted");
    await lab.getByLabel("Show", { exact: true }).selectOption("all");
    await lab.getByLabel("Show", { exact: true }).selectOption("undecided");
  }
  await lab.getByRole("button", { name: "Approve and issue the label" }).click();
  await lab.getByRole("dialog").getByRole("button", { name: "Issue the label" }).click();
  await expect(lab.getByTestId("review-status")).toContainText("Approved");

  // The product page: 2.4.2 has the current label, 2.4.1's is superseded.
  await maker.goto("/dashboard");
  await maker.getByRole("link", { name: E2E_VERSIONED.modelName }).first().click();
  const newRow = maker.locator(`[data-testid="version-row"][data-firmware="${E2E_VERSIONED.next}"]`);
  await expect(newRow.getByTestId("version-label-state")).toHaveText("Valid");
  await expect(oldRow.getByTestId("version-label-state")).toHaveText("Superseded");
  const newCode = (await newRow.getByRole("link", { name: /^CL-/ }).textContent())!.trim();
  await shoot(maker, "product-versions");
  if (SHOTS) {
    // Screenshots of the versions table and the new-version page in Chinese, to look at (issue 17).
    await expect(maker).toHaveURL(/\/products\/[a-z0-9]+$/);
    const productUrl = maker.url();
    await maker.context().addCookies([{ name: "cl_locale", value: "zh-CN", url: productUrl }]);
    await maker.reload();
    await expect(newRow.getByTestId("version-label-state")).toHaveText("有效");
    await shoot(maker, "zh-product-versions");
    await maker.goto(`${productUrl}/new-version`);
    await expect(maker.getByRole("heading", { level: 1 })).toHaveText(
      `评估 ${E2E_VERSIONED.modelName} 的新版本`,
    );
    await shoot(maker, "zh-new-version");
    await maker.context().clearCookies({ name: "cl_locale" });
  }

  // Both public pages say so, in both languages.
  await consumer.goto(`/r/${oldCode}/en`);
  const notice = consumer.getByTestId("superseded-by");
  await expect(notice).toContainText(`Superseded by ${newCode} for firmware ${E2E_VERSIONED.next}.`);
  await expect(notice).toContainText(`units still running firmware ${E2E_VERSIONED.firmware}`);
  await shoot(consumer, "public-superseded");
  await consumer.goto(`/r/${oldCode}/zh-CN`);
  await expect(consumer.getByTestId("superseded-by")).toContainText(
    `已被 ${newCode}（固件 ${E2E_VERSIONED.next}）取代。`,
  );
  await consumer.getByTestId("superseded-by").getByRole("link").click();
  await expect(consumer).toHaveURL(new RegExp(`/r/${newCode}`));
  await consumer.goto(`/r/${newCode}/en`);
  await expect(consumer.getByTestId("supersedes")).toContainText(
    `Replaces label ${oldCode}, issued for firmware ${E2E_VERSIONED.firmware}.`,
  );
  await consumer.goto(`/r/${newCode}/zh-CN`);
  await expect(consumer.getByTestId("supersedes")).toContainText(oldCode);
  const api = await (await consumer.request.get(`/api/public/labels/${oldCode}`)).json();
  expect(api.coverage.supersededBy).toMatchObject({ code: newCode, firmwareVersion: E2E_VERSIONED.next });
});
