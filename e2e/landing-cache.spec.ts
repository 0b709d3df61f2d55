import { expect, test } from "@playwright/test";
import { E2E_FORGED_CODE, E2E_LABEL_CODE } from "./fixtures/public-label";

// The QR landing path is answered from memory by lib/cli/serve.ts (the web server here, as in `npm start`). These
// tests check that what it sends is what Next sends for the same URL: a query string makes serve.ts hand the
// request to Next, whose ISR answer carries `x-nextjs-cache`; the cached answer does not.
const CODE = E2E_LABEL_CODE;
const PER_RESPONSE = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "x-nextjs-cache",
  // Every response has its own request id (both paths send one; its presence is checked below).
  "x-request-id",
]);

function comparable(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers))
    if (!PER_RESPONSE.has(k))
      out[k] =
        k === "vary"
          ? v
              .split(/,\s*|\n/)
              .sort()
              .join(", ")
          : v;
  return out;
}

test("the cached label page has Next's bytes and headers (CSP, cache rules, security headers), plain and gzip", async ({
  request,
}) => {
  for (const encoding of ["identity", "gzip"]) {
    const headers = { "Accept-Encoding": encoding };
    await request.get(`/r/${CODE}/en`, { headers }); // fills the cache
    // The cache is filled in the background: ask until the answer comes from it (Next's own marks a miss).
    let cached = await request.get(`/r/${CODE}/en`, { headers });
    await expect
      .poll(
        async () => {
          if (cached.headers()["x-nextjs-cache"]) cached = await request.get(`/r/${CODE}/en`, { headers });
          return cached.headers()["x-nextjs-cache"];
        },
        { timeout: 10_000, message: "the label page served from the landing cache" },
      )
      .toBeUndefined();
    const fromNext = await request.get(`/r/${CODE}/en?via=next`, { headers });
    expect(cached.status()).toBe(200);
    expect(cached.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(fromNext.headers()["x-nextjs-cache"]).toBeDefined();
    expect(comparable(cached.headers())).toEqual(comparable(fromNext.headers()));
    expect(cached.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(cached.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(cached.headers()["cache-control"]).toBe("s-maxage=60, stale-while-revalidate=300");
    expect((await cached.body()).equals(await fromNext.body())).toBe(true);
  }
});

test("the cached 302 of /r/<code> has Next's headers and negotiates the language", async ({ request }) => {
  for (const [accept, lang] of [
    ["zh-CN,zh;q=0.9", "zh-CN"],
    ["de-DE,en;q=0.5", "en"],
  ] as const) {
    const headers = { "Accept-Language": accept };
    await request.get(`/r/${CODE}`, { headers, maxRedirects: 0 });
    const cached = await request.get(`/r/${CODE}`, { headers, maxRedirects: 0 });
    const fromNext = await request.get(`/r/${CODE}?lang=${lang}`, { headers, maxRedirects: 0 });
    expect(cached.status()).toBe(302);
    expect(cached.headers()["location"]).toBe(`/r/${CODE}/${lang}`);
    expect(comparable(cached.headers())).toEqual(comparable(fromNext.headers()));
    expect(cached.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  }
});

test("the cached public page works without JavaScript; a label failing its check is never served from cache", async ({
  browser,
  request,
}) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`/r/${CODE}/en`);
  const res = await page.goto(`/r/${CODE}/en`);
  expect(res?.headers()["x-nextjs-cache"]).toBeUndefined(); // from serve.ts's cache
  await expect(page.getByTestId("pl-status")).toHaveAttribute("data-state", "valid");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await ctx.close();

  for (let i = 0; i < 3; i++) {
    const forged = await request.get(`/r/${E2E_FORGED_CODE}/en`);
    expect(forged.headers()["x-nextjs-cache"]).toBeDefined(); // Next, verifying, every time
    expect(await forged.text()).toContain('data-state="integrity_failed"');
  }
});
