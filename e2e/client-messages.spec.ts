import { mkdirSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures/accounts";
import { questionnaireRendered, startAssessment } from "./fixtures/questionnaire";
import { readReviewSeed } from "./fixtures/review-seed";
import { DESKTOP, phoneAndDesktopShots, SHOTS } from "./fixtures/screenshots";

// Each page hands its client components only the message namespaces they read (issue 13,
// components/layout/client-messages.tsx). A namespace left out shows as a message key and a console error
// (next-intl's MISSING_MESSAGE) once the component renders in the browser: every page with client components, in
// English and Chinese, with no error in the console and no uncaught error, and the questionnaire's screenshots.

/** A message key where its text should be (next-intl shows the key of a message it lacks). */
const MESSAGE_KEY =
  /\b(?:admin|assessments|auth|errors|incidents|products|questionnaire|review|schemeResults|versions|vulns)\.[a-z][A-Za-z]*\b/;

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`${page.url()}: ${err.message}`));
  return errors;
}

async function signedIn(browser: Browser, email: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  const errors = watchErrors(page);
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/signin/);
  return { page, errors };
}

/** Opens a page, waits for hydration and what renders after it, and checks that no message key shows. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("main")).not.toContainText(MESSAGE_KEY);
}

async function language(page: Page, locale: "en" | "zh-CN") {
  // The switch disables the button of the language shown.
  if ((await page.locator("html").getAttribute("lang")) !== locale)
    await page.getByTestId(`lang-${locale}`).click();
  // The switch is a server action and a reload: slow on a busy machine.
  await expect(page.locator("html")).toHaveAttribute("lang", locale, { timeout: 30_000 });
}

test("every page's client components find their messages, in English and Chinese", async ({ browser }) => {
  test.setTimeout(420_000);
  mkdirSync(SHOTS, { recursive: true });
  const maker = await signedIn(browser, DEMO.manufacturer);
  const page = maker.page;
  const questionnaire = await startAssessment(page, "Lumo Cam Outdoor");
  await questionnaireRendered(page);
  const product = await page.getByRole("link", { name: "Lumo Cam Outdoor" }).first().getAttribute("href");
  expect(product).toMatch(/^\/products\/[a-z0-9]+$/);
  try {
    for (const locale of ["en", "zh-CN"] as const) {
      await page.goto("/dashboard");
      await language(page, locale);
      for (const path of [
        "/dashboard",
        "/products/new",
        product!,
        `${product}/edit`,
        `${product}/assess`,
        `${product}/new-version`,
        questionnaire,
      ])
        await visit(page, path);
      await questionnaireRendered(page);
      // The client-rendered parts read their messages: the progress, a card's answers, the live results.
      await expect(page.locator("[data-question]").first()).toBeVisible();
      await expect(page.getByTestId(/^result-/).first()).toBeVisible();
      await phoneAndDesktopShots(page, `client-messages-questionnaire-${locale}`);
    }
  } finally {
    await page.goto("/dashboard");
    await language(page, "en");
  }
  expect(maker.errors).toEqual([]);

  const seed = readReviewSeed();
  const reviewer = await signedIn(browser, DEMO.reviewer);
  for (const path of ["/review/security", `/review/${seed.inReview.id}`]) await visit(reviewer.page, path);
  await expect(reviewer.page.locator("article[data-criterion]").first()).toBeVisible();
  expect(reviewer.errors).toEqual([]);

  const admin = await signedIn(browser, DEMO.admin);
  for (const path of ["/admin", "/review/assignments"]) await visit(admin.page, path);
  expect(admin.errors).toEqual([]);
});
