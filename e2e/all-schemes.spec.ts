import { expect, test } from "@playwright/test";
import { publicT } from "@/lib/i18n/public-label";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { ALL_SCHEME_IDS, getCatalog } from "@/lib/schemes";
import { schemeModule } from "@/lib/schemes/registry";
import { DEMO, signIn } from "./fixtures/accounts";
import { ALL_SCHEMES_MODEL, readAllSchemesSeed } from "./fixtures/all-schemes";

const en = publicT("en");
const zh = publicT("zh-CN");

/**
 * Every scheme in the registry, targeted at once (issue 15): each is a target choice when starting an assessment;
 * an assessment targeting all of them (seeded through the data layer: e2e/fixtures/seed-all-schemes.ts) is reviewed
 * and approved in the browser, and the issued label's public page shows a card for every scheme, on a phone.
 */
test("every scheme is a target choice, and a label targeting all of them shows each on its public page", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const seed = readAllSchemesSeed();
  expect(seed.schemes).toEqual([...ALL_SCHEME_IDS]);

  // The start form offers every scheme of the current catalog, which is every scheme in the registry.
  const maker = await (await browser.newContext()).newPage();
  await signIn(maker, DEMO.manufacturer, undefined, /\/dashboard$/);
  await maker.goto("/products");
  // A product page (ids are cuids), then its start form.
  const href = await maker.locator('a[href^="/products/c"]').first().getAttribute("href");
  await maker.goto(`${href!.split("?")[0]}/assess`);
  const offered = await Promise.all(
    (await maker.getByRole("checkbox").all()).map((b) => b.getAttribute("value")),
  );
  expect(offered.filter(Boolean).sort()).toEqual([...getCatalog().schemes.map((s) => s.id)].sort());
  expect(offered.filter(Boolean).sort()).toEqual([...ALL_SCHEME_IDS].sort());

  // The lab reviews it criterion by criterion (all accepted at once here) and issues the label.
  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, DEMO.reviewer, undefined, /\/review$/);
  await reviewer.goto(`/review/${seed.assessmentId}`);
  await expect(reviewer.getByRole("heading", { level: 1 })).toContainText(ALL_SCHEMES_MODEL);
  await reviewer.getByRole("button", { name: "Claim for review" }).click();
  await reviewer.getByRole("button", { name: /Accept all remaining/ }).click();
  await reviewer
    .getByRole("dialog")
    .getByRole("button", { name: /^Accept \d+ criteri/ })
    .click();
  await reviewer.getByRole("button", { name: "Approve and issue the label" }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "Issue the label" }).click();
  const code = (await reviewer.getByTestId("label-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^CL-/);

  // The signed snapshot carries every scheme; the public page shows a card for each, in both languages.
  const anon = await browser.newContext();
  const snapshot = (await (await anon.request.get(`/r/${code}/snapshot.json`)).json())
    .snapshot as TLabelSnapshot;
  expect([...snapshot.assessment.targetSchemes].sort()).toEqual([...ALL_SCHEME_IDS].sort());
  const phone = await anon.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  for (const [lang, t] of [
    ["en", en],
    ["zh-CN", zh],
  ] as const) {
    await phone.goto(`/r/${code}/${lang}`);
    await expect(phone.getByRole("heading", { level: 1 })).toContainText(ALL_SCHEMES_MODEL);
    // Every scheme has its card. The three original cards are pinned byte for byte by the golden page tests; UK PSTI
    // and the EU CRA have cards of their own with their own notice; every other scheme has the generic card, with
    // its outcome and the notice that the result is not an official authorisation.
    const ownNotice: Partial<Record<string, string>> = { UK_PSTI: t("psti.notice"), EU_CRA: t("cra.notice") };
    for (const id of ALL_SCHEME_IDS) {
      const card = phone.locator("article.pl-scheme").filter({ has: phone.locator(`#pl-scheme-${id}`) });
      await expect(card.getByRole("heading", { name: t(`schemeTitle.${id}`) })).toBeVisible();
      if (["EU_RED", "US_CTM", "CN_CCL"].includes(id)) continue;
      const own = ownNotice[id];
      if (own) {
        await expect(card).toContainText(own);
        continue;
      }
      const m = schemeModule(id);
      const outcome = m.envelope(snapshot.result).outcome;
      await expect(card).toContainText(m.outcomeText[outcome]![lang]);
      await expect(phone.getByTestId(`notice-${id}`)).toContainText(
        t("schemeNotOfficial", { scheme: t(`schemeTitle.${id}`) }),
      );
    }
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.screenshot({ path: `test-results/all-schemes-public-${lang}-phone.png`, fullPage: true });
  }
});
