import { expect, test } from "@playwright/test";
import { DEMO, signIn, watchCsp } from "./fixtures/accounts";
import { E2E_LABEL_CODE } from "./fixtures/public-label";

// Every response carries exactly one Content-Security-Policy: a per-request nonce policy (proxy.ts) for pages
// rendered per request, the static policy (next.config.ts) for the cached public label pages, APIs and files.

const NONCE_POLICY = /script-src 'self' 'nonce-([A-Za-z0-9+/=]{20,})' 'strict-dynamic'/;
const STATIC_POLICY = "script-src 'self' 'unsafe-inline'";

function policies(headers: { name: string; value: string }[]): string[] {
  return headers.filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);
}

test("pages rendered per request get a fresh nonce policy, cached and static responses the static one", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/signin", "/signup", "/catalog", "/no-such-page", "/dashboard"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const csp = policies(res.headersArray());
    expect(csp, path).toHaveLength(1);
    const nonce = csp[0]!.match(NONCE_POLICY)?.[1];
    expect(nonce, `${path}: ${csp[0]}`).toBeTruthy();
    const scriptSrc = csp[0]!.split(";").find((d) => d.trim().startsWith("script-src"));
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    nonces.add(nonce!);
    if (res.status() === 200 || res.status() === 404) {
      const html = await res.text();
      // Next puts the nonce on every script it renders; none is left without it.
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  }
  expect(nonces.size).toBe(6); // never reused

  for (const path of [
    `/r/${E2E_LABEL_CODE}/en`,
    `/r/${E2E_LABEL_CODE}/snapshot.json`,
    "/api/health",
    "/api/public/labels",
    "/.well-known/cyberlabel-label-keys.json",
    "/robots.txt",
    "/icon.svg",
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const csp = policies(res.headersArray());
    expect(csp, path).toHaveLength(1);
    expect(csp[0], path).toContain(STATIC_POLICY);
    expect(csp[0], path).toContain("frame-ancestors 'none'");
  }
});

test("signed-in pages run their scripts under the nonce policy without violations", async ({ page }) => {
  const csp = watchCsp(page);
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard/);
  await page.goto("/products");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A client-side navigation and a form that needs JavaScript still work.
  await page
    .getByRole("link", { name: /add a product/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/products\/new$/);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  expect(csp).toEqual([]);
});
