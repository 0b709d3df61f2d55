import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signUp } from "./fixtures/accounts";
import { PROTECTED_PAGES, PROTECTED_ROUTES } from "./fixtures/protected";

const ACCOUNTS = { manufacturer: DEMO.manufacturer, reviewer: DEMO.reviewer, admin: DEMO.admin } as const;
type Role = keyof typeof ACCOUNTS;

test("security headers are sent", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("default-src 'self'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["x-powered-by"]).toBeUndefined();
});

test("anonymous visitors are sent to sign in from every protected page and get 401 from every route", async ({
  page,
  request,
}) => {
  for (const { path } of PROTECTED_PAGES) {
    await page.goto(path);
    await expect(page, path).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}`));
  }
  for (const r of PROTECTED_ROUTES) {
    const res = await request.fetch(r.path, { method: r.method, data: r.method === "GET" ? undefined : {} });
    expect(res.status(), `${r.method} ${r.path}`).toBe(401);
    expect((await res.json()).error.code).toBe("UNAUTHENTICATED");
  }
});

async function asRole(page: Page, role: Role) {
  await signIn(page, ACCOUNTS[role]);
  await expect(page).not.toHaveURL(/\/signin/);
}

for (const role of Object.keys(ACCOUNTS) as Role[]) {
  test(`a ${role} is refused the pages and routes of other roles`, async ({ page }) => {
    await asRole(page, role);
    for (const p of PROTECTED_PAGES.filter((x) => !x.roles.includes(role))) {
      await page.goto(p.path);
      await expect(page, p.path).toHaveURL(/\/forbidden\?/);
      await expect(page.getByRole("heading", { name: "This area is not for your role" })).toBeVisible();
    }
    for (const r of PROTECTED_ROUTES.filter((x) => !x.roles.includes(role))) {
      const res = await page.request.fetch(r.path, {
        method: r.method,
        data: r.method === "GET" ? undefined : {},
      });
      expect(res.status(), `${r.method} ${r.path}`).toBe(403);
      expect((await res.json()).error.code).toBe("FORBIDDEN");
    }
    for (const p of PROTECTED_PAGES.filter((x) => x.roles.includes(role) && !x.placeholder)) {
      const res = await page.goto(p.path);
      expect(res?.status(), p.path).toBe(200);
      await expect(page).toHaveURL(new RegExp(`${p.path}$`));
    }
  });
}

test("a second manufacturer cannot read the first one's product by URL", async ({ page, browser }) => {
  await asRole(page, "manufacturer");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "Lumo Hub 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lumo Hub 2" })).toBeVisible();
  const productUrl = new URL(page.url()).pathname;
  const productId = productUrl.split("/").pop();
  const own = await page.request.get(`/api/products/${productId}`);
  expect(own.status()).toBe(200);
  expect((await own.json()).modelName).toBe("Lumo Hub 2");

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUp(otherPage, { company: "Rival Devices" });
  await expect(otherPage).toHaveURL(/\/dashboard$/);
  const res = await otherPage.goto(productUrl);
  expect(res?.status()).toBe(404);
  await expect(otherPage.getByText("Lumo Hub 2")).toHaveCount(0);
  const api = await otherPage.request.get(`/api/products/${productId}`);
  expect(api.status()).toBe(404);
  expect(JSON.stringify(await api.json())).not.toContain("Lumo");
  await other.close();
});
