import { expect, test } from "@playwright/test";
import { DEMO, signIn, signUp } from "./fixtures/accounts";
import { OWN_ORGANISATION_PAGES } from "./fixtures/protected";

test("a second manufacturer gets 404 for every page of the first one's product", async ({
  page,
  browser,
}) => {
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  await page.getByRole("link", { name: "Lumo Hub 2" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Lumo Hub 2" })).toBeVisible();
  const productId = new URL(page.url()).pathname.split("/").pop()!;
  const paths = OWN_ORGANISATION_PAGES.map((p) => p.replace(":product", productId));
  // The owner can open each of them: the refusals below are about the organisation, not a broken page.
  for (const path of paths) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
  }

  const other = await browser.newContext();
  const op = await other.newPage();
  await signUp(op, { company: "Nosy Devices" });
  await expect(op).toHaveURL(/\/dashboard$/);
  for (const path of [...paths, ...OWN_ORGANISATION_PAGES.map((p) => p.replace(":product", "no-such-id"))]) {
    const res = await op.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(op.getByText("Lumo Hub 2"), path).toHaveCount(0);
  }
  await other.close();
});
