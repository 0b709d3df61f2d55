// Issue 11 findings that only a running server and a real browser show: redirects stay on this origin, bad
// addresses answer 400 (not 500), HSTS over https, /api/me for every signed-in role.
import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./fixtures/accounts";

const HOSTILE_CALLBACKS = [
  "/%09/evil.example",
  "/%0A/evil.example",
  "/%0D/evil.example",
  "/%5Cevil.example",
  "//evil.example",
  "/%2F/evil.example",
  "https://evil.example/",
  "javascript:alert(1)",
];

test("signed in, a hostile callbackUrl keeps Chromium on this origin (issue 11 finding 1)", async ({
  page,
}) => {
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  const origin = new URL(page.url()).origin;
  const offsite: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith("data:")) offsite.push(r.url());
  });
  for (const cb of HOSTILE_CALLBACKS) {
    const res = await page.request.get(`/signin?callbackUrl=${cb}`, { maxRedirects: 0 });
    expect(res.status(), cb).toBeLessThan(500);
    const location = res.headers()["location"] ?? "";
    expect(
      location === "" || location.startsWith("/") || location.startsWith(origin),
      `${cb} → ${location}`,
    ).toBe(true);
    expect(location, cb).not.toMatch(/^\/\/|^\/\\|[\t\r\n]/);
    await page.goto(`/signin?callbackUrl=${cb}`);
    expect(new URL(page.url()).origin, cb).toBe(origin);
  }
  expect(offsite).toEqual([]);
});

test("signing in through the form on a hostile callbackUrl stays on this origin", async ({ page }) => {
  await page.goto("/signin?callbackUrl=/%09/evil.example");
  await page.getByLabel("E-mail").fill(DEMO.manufacturer);
  await page.getByLabel("Password").fill("cyberlabel-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("the forbidden page's workspace link never leaves the site", async ({ page }) => {
  for (const home of ["/%5Cevil.example", "/%09/evil.example", "//evil.example", "https://evil.example"]) {
    await page.goto(`/forbidden?home=${home}&from=${home}`);
    const href = await page.getByRole("link", { name: "Go to your workspace" }).getAttribute("href");
    expect(href, home).toBe("/");
  }
  await page.goto("/forbidden?home=/review&from=/admin");
  await expect(page.getByRole("link", { name: "Go to your workspace" })).toHaveAttribute("href", "/review");
});

test("malformed percent-encoding answers 400, never 500 (issue 11 finding 4)", async ({ request }) => {
  for (const path of ["/r/%ff", "/products/%ff", "/api/public/labels/%ff", "/review/%ff", "/r/%"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
  }
  const query = await request.get("/signin?callbackUrl=%ff", { maxRedirects: 0 });
  expect(query.status()).toBeLessThan(500);
  const api = await request.get("/api/public/labels/%ff");
  expect((await api.json()).error.code).toBe("VALIDATION");
});

test("HSTS is sent over https (a TLS-terminating proxy) and not over plain http", async ({ request }) => {
  const plain = await request.get("/");
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  const tls = await request.get("/", { headers: { "X-Forwarded-Proto": "https" } });
  expect(tls.headers()["strict-transport-security"]).toContain("max-age=63072000");
});

test("GET /api/me answers every signed-in role (issue 11 finding 5)", async ({ browser }) => {
  for (const [email, role] of [
    [DEMO.manufacturer, "MANUFACTURER_MEMBER"],
    [DEMO.reviewer, "LAB_REVIEWER"],
    [DEMO.admin, "ADMIN"],
  ] as const) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await signIn(page, email);
    await expect(page).not.toHaveURL(/\/signin/);
    const res = await page.request.get("/api/me");
    expect(res.status(), email).toBe(200);
    expect((await res.json()).role).toBe(role);
    await ctx.close();
  }
});

test("server-action bodies over 1 MB answer 413 and malformed ones 400, never 500 (issue 11 finding 4)", async ({
  request,
}) => {
  const headers = {
    "Next-Action": "00aa00aa00aa00aa00aa00aa00aa00aa00aa00aa00",
    "Content-Type": "text/plain;charset=UTF-8",
  };
  const big = await request.post("/products/new", { headers, data: `["${"x".repeat(1_100_000)}"]` });
  expect(big.status()).toBe(413);
  const broken = await request.post("/products/new", { headers, data: "{not json" });
  expect(broken.status()).toBe(400);
  const multipart = await request.post("/products/new", {
    headers: { ...headers, "Content-Type": "multipart/form-data; boundary=zzz" },
    data: "--zzz\r\nnot a part",
  });
  expect(multipart.status()).toBe(400);
});
