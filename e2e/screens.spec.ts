import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./fixtures/accounts";
import { journey } from "./fixtures/journeys";
import { questionnaireRendered } from "./fixtures/questionnaire";

// Screenshots of the manufacturer's main screens at phone and desktop sizes (saved with the test output to be
// looked at), and a check that nothing overflows horizontally on a phone.
const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

test("questionnaire and live results at phone and desktop sizes", async ({ page }, info) => {
  test.setTimeout(180_000); // axe on every card of six schemes' questionnaire
  // A fresh assessment (every scheme, as the start form offers) with the realistic answers, seeded through the data
  // layer (fixtures/seed-journeys.ts): typing answers is assessment.spec.ts's; here the screens are looked at.
  const seeded = journey(info, "screensDraft");
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  await page.goto(`/assessments/${seeded.id}`);
  await questionnaireRendered(page);
  await expect(page.locator('[data-question="c.auth.network"] input[type="radio"]:checked')).toHaveCount(1);
  // Keyboard and screen-reader use: no serious or critical axe violations on the questionnaire.
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.length} node(s) ${v.nodes[0]?.target.join(" ")}`)).toEqual(
    [],
  );
  for (const s of SIZES) {
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: info.outputPath(`questionnaire-${s.name}.png`) });
    await page.locator('[data-question="c.auth.network"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`question-${s.name}.png`) });
    await page.getByRole("heading", { name: "Live results" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`results-${s.name}.png`) });
    await noHorizontalOverflow(page);
  }
  for (const s of SIZES) {
    await page.setViewportSize({ width: s.width, height: s.height });
    await page.goto("/dashboard");
    await page.screenshot({ path: info.outputPath(`dashboard-${s.name}.png`), fullPage: true });
    await noHorizontalOverflow(page);
    await page.goto("/products");
    await page.screenshot({ path: info.outputPath(`products-${s.name}.png`), fullPage: true });
    await noHorizontalOverflow(page);
    await page.goto("/catalog?scheme=EU_RED&q=password");
    await page.screenshot({ path: info.outputPath(`catalog-${s.name}.png`) });
    await noHorizontalOverflow(page);
  }
});
