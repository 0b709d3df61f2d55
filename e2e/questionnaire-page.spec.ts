import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { getCatalog } from "@/lib/schemes";
import { DEMO, signIn } from "./fixtures/accounts";
import {
  answerQuestion,
  questionnaireRendered,
  startAssessment,
  waitForSaves,
} from "./fixtures/questionnaire";

// The questionnaire's first screens come from the server and the rest follows in the browser; answers the product
// gives start their questions; a Yes that the help asks to describe takes a short text; a phone reaches the live
// results from a bar that stays on screen.
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";
const catalog = getCatalog();

test("product answers prefill, Yes descriptions, the phone's results bar, and sections rendered after the first screens", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  const path = await startAssessment(page, "Lumo Cam Outdoor");

  // The server's HTML carries the first sections' cards only; the browser then renders every visible question.
  const html = await (await page.request.get(path)).text();
  const served = html.match(/data-question="/g)?.length ?? 0;
  await questionnaireRendered(page);
  const all = await page.locator("[data-question]").count();
  expect(served).toBeGreaterThan(0);
  expect(served).toBeLessThan(all / 4);
  expect(all).toBeGreaterThan(100);

  // The product's support end (2030-06-30 in the demo data) is the answer, marked, and editable.
  const support = page.locator('[data-question="c.support.end_date"]');
  await expect(support.locator(`input[type="date"]`)).toHaveValue("2030-06-30");
  await expect(support.getByTestId("prefill-note")).toContainText("From the product");
  await answerQuestion(page, catalog, "c.support.end_date", "2031-12-31");
  await waitForSaves(page);
  await expect(support.getByTestId("prefill-note")).toHaveCount(0);
  // Cleared, the question offers the product's value again; it never replaces an answer given.
  await support.locator(`input[type="date"]`).fill("");
  await support.locator(`input[type="date"]`).blur();
  await waitForSaves(page);
  await support.getByRole("button", { name: "Use this answer" }).click();
  await waitForSaves(page);
  await expect(support.locator(`input[type="date"]`)).toHaveValue("2030-06-30");
  await expect(page.locator('[data-question="c.reg.update_mode"]').getByTestId("prefill-note")).toContainText(
    "From the product",
  );
  mkdirSync(SHOTS, { recursive: true });
  await support.screenshot({ path: `${SHOTS}/questionnaire-prefilled-390.png` });

  // "Describe the role or permission model…": a Yes takes a short description, saved with the answer.
  const roles = page.locator('[data-question="c.ac.least_privilege"]');
  await roles.getByRole("radio", { name: "Yes", exact: true }).check();
  const description = roles.getByLabel(/In a few words/);
  await description.fill("Owner, family member and guest roles; only the owner changes rights.");
  await description.blur();
  await waitForSaves(page);
  // A Yes to a control whose help asks for nothing has no text field.
  const simple = page.locator('[data-question="c.upd.simple"]');
  await simple.getByRole("radio", { name: "Yes", exact: true }).check();
  await expect(simple.getByRole("textbox")).toHaveCount(0);
  await waitForSaves(page);

  await page.reload();
  await questionnaireRendered(page);
  await expect(roles.getByLabel(/In a few words/)).toHaveValue(
    "Owner, family member and guest roles; only the owner changes rights.",
  );
  await expect(support.locator(`input[type="date"]`)).toHaveValue("2030-06-30");

  // On a phone, halfway down the questions, the results bar is on screen and leads to the results.
  await roles.scrollIntoViewIfNeeded();
  const bar = page.getByTestId("results-summary-bar");
  await expect(bar).toBeInViewport();
  await expect(bar).toContainText("EU");
  await expect(bar).toContainText("CN");
  await page.screenshot({ path: `${SHOTS}/questionnaire-390.png` });
  await bar.getByRole("link", { name: /Results/ }).click();
  await expect(page.getByRole("heading", { name: "Live results" })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/questionnaire-results-390.png` });

  // On a wide screen the results panel stays beside the questions and the bar is not shown.
  await page.setViewportSize({ width: 1280, height: 900 });
  await roles.scrollIntoViewIfNeeded();
  await expect(bar).toBeHidden();
  await expect(page.getByRole("heading", { name: "Live results" })).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/questionnaire-1280.png` });
});
