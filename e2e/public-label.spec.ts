import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { verifySignedSnapshot, type TPublicKeyDocument, type TSignedSnapshot } from "@/lib/labels/signing";
import { leafHash, verifyInclusion } from "@/lib/translog/merkle";
import {
  E2E_EXPIRED_CODE,
  E2E_FORGED_CODE,
  E2E_LABEL_CODE,
  E2E_REVOCATION_REASON,
  E2E_REVOKED_CODE,
  E2E_V1_CODE,
} from "./fixtures/public-label";

// Labels seeded before the server starts (fixtures/seed-public-label.ts). The full approve → PDF → QR → page →
// revoke journey lives with the approval flow; this spec covers the public surface itself.
const CODE = E2E_LABEL_CODE;
const SHOTS = process.env.SHOTS_DIR ?? "/tmp/shots";

async function noSeriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the QR URL opens the page in the browser's language, with cache headers", async ({
  request,
  browser,
}) => {
  const res = await request.get(`/r/${CODE}`, {
    maxRedirects: 0,
    headers: { "Accept-Language": "zh-CN,zh;q=0.9" },
  });
  expect(res.status()).toBe(302);
  expect(res.headers()["location"]).toBe(`/r/${CODE}/zh-CN`);
  expect(res.headers()["vary"]).toContain("Accept-Language");

  const page = await (await browser.newContext({ locale: "zh-CN" })).newPage();
  const r = await page.goto(`/r/${CODE.toLowerCase()}`);
  await expect(page).toHaveURL(new RegExp(`/r/${CODE}/zh-CN$`));
  expect(r?.headers()["cache-control"]).toMatch(/s-maxage=60/);
  await expect(page.getByRole("region", { name: "有效" })).toBeVisible();
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/r/${CODE}/en$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tianyan Indoor Wi-Fi Camera C3 Pro");
});

test("the page shows status, results and the registry fields; revoked labels say so with the reason", async ({
  page,
}) => {
  await page.goto(`/r/${CODE}/en`);
  await expect(page.getByRole("region", { name: "Valid" })).toContainText("until");
  await expect(page.getByRole("heading", { name: /EU Radio Equipment Directive/ })).toBeVisible();
  await expect(page.getByText(/of 3 stars|No star reached/).first()).toBeVisible();
  await expect(page.getByText("Security updates until")).toBeVisible();
  await expect(page.getByText("2031-12-31").first()).toBeVisible();
  await expect(page.getByText(/not an official authorisation/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "tianyan.example.cn/security" })).toHaveAttribute(
    "href",
    "https://tianyan.example.cn/security",
  );
  await expect(page.getByText(/DAkkS D-PL-21377-01-00/)).toBeVisible();
  await expect(page.locator('[data-current="true"]')).toHaveCount(1);

  await page.goto(`/r/${E2E_REVOKED_CODE}/en`);
  await expect(page.getByRole("region", { name: "Revoked" })).toBeVisible();
  await expect(page.getByText(E2E_REVOCATION_REASON)).toBeVisible();
  const results = page.locator('[data-current="false"]');
  await expect(results.getByRole("heading", { name: /Results per scheme/ })).toContainText("Not current");
  await expect(results).toContainText(/was revoked on \d{4}-\d{2}-\d{2}: the results below/);

  await page.goto(`/r/${E2E_EXPIRED_CODE}/zh-CN`);
  await expect(page.getByRole("region", { name: "已过期" })).toBeVisible();
  await expect(page.locator('[data-current="false"]')).toContainText("已失效");

  // A label issued before snapshot format 2 still shows, without an accreditation it never recorded.
  await page.goto(`/r/${E2E_V1_CODE}/en`);
  await expect(page.getByRole("region", { name: "Valid" })).toBeVisible();
  await expect(page.getByText("Not recorded for this label")).toBeVisible();
});

test("phone first screen: validity and support date side by side; scheme order; html lang; Chinese legal bases", async ({
  browser,
}) => {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await ctx.newPage();
  for (const lang of ["en", "zh-CN"] as const) {
    await page.goto(`/r/${CODE}/${lang}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const status = (await page.getByTestId("pl-status").boundingBox())!;
    const support = (await page.getByTestId("pl-support").boundingBox())!;
    expect(Math.abs(status.y - support.y), lang).toBeLessThan(2); // side by side
    expect(support.x).toBeGreaterThan(status.x + status.width - 1);
    expect(Math.max(status.y + status.height, support.y + support.height), lang).toBeLessThan(844);
    const schemes = await page
      .locator("article.pl-scheme")
      .evaluateAll((els) => els.map((e) => e.id || e.getAttribute("aria-labelledby")));
    expect(schemes, lang).toEqual(
      lang === "en"
        ? ["pl-scheme-EU_RED", "pl-scheme-US_CTM", "pl-scheme-CN_CCL"]
        : ["pl-scheme-CN_CCL", "pl-scheme-EU_RED", "pl-scheme-US_CTM"],
    );
  }
  // The Chinese page's legal bases are in Chinese, identifiers unchanged.
  const basis = await page.locator("article.pl-scheme .pl-muted").allTextContents();
  const all = basis.join(" ");
  expect(all).toContain("《中华人民共和国网络安全法》");
  expect(all).toContain("《中华人民共和国个人信息保护法》");
  expect(all).toContain("2014/53/EU");
  expect(all).not.toContain("Directive 2014/53/EU");
  expect(all).not.toContain("Report and Order");
  await ctx.close();
});

test("the page says where the label is in the public log, and the link gives a proof anyone can check", async ({
  page,
  request,
}) => {
  await page.goto(`/r/${E2E_REVOKED_CODE}/en`);
  const line = page.getByTestId("pl-log-line");
  await expect(line).toContainText(
    /Recorded in the public log at position \d+ \(issued\), \d+ \(revoked\)\./,
  );
  const href = await line.getByRole("link", { name: "Inclusion proof" }).getAttribute("href");
  const proof = (await (await request.get(href!)).json()) as {
    treeHead: { treeSize: number; rootHash: string };
    entries: { leafIndex: number; leaf: string; auditPath: string[] }[];
  };
  expect(proof.entries.map((e) => JSON.parse(e.leaf) as { label: string; event: string })).toEqual([
    expect.objectContaining({ label: E2E_REVOKED_CODE, event: "issued" }),
    expect.objectContaining({ label: E2E_REVOKED_CODE, event: "revoked" }),
  ]);
  const root = Buffer.from(proof.treeHead.rootHash, "hex");
  for (const e of proof.entries) {
    const path = e.auditPath.map((h) => Buffer.from(h, "hex"));
    expect(
      verifyInclusion(e.leafIndex, proof.treeHead.treeSize, leafHash(Buffer.from(e.leaf)), path, root),
    ).toBe(true);
  }
  const keys = (await (
    await request.get("/.well-known/cyberlabel-label-keys.json")
  ).json()) as TPublicKeyDocument;
  expect(keys.transparencyLog?.keys[0]?.kid).toMatch(/^[0-9a-f]{16}$/);
  await page.goto(`/r/${E2E_REVOKED_CODE}/zh-CN`);
  await expect(page.getByTestId("pl-log-line")).toContainText("已记录在公开日志中");
});

test("a label that fails its integrity check says so on its page, in its record and when verifying; no report", async ({
  page,
  request,
}) => {
  await page.goto(`/r/${E2E_FORGED_CODE}/en`);
  const status = page.getByRole("region", { name: "Integrity check failed" });
  await expect(status).toHaveClass(/pl-status-revoked/);
  await expect(status).toContainText("do not rely on this page");
  await expect(page.getByTestId("pl-integrity-failed")).toContainText(
    "does not match its signature or the public log",
  );
  await expect(page.locator('[data-current="false"]')).toContainText("the results below cannot be trusted");
  // Its events are in the log all the same: the log line stays, under the tiles.
  await expect(page.getByTestId("pl-log-line")).toContainText(/Recorded in the public log at position \d+\./);
  await page.goto(`/r/${E2E_FORGED_CODE}/zh-CN`);
  await expect(page.getByRole("region", { name: "完整性校验失败" })).toContainText("请勿信赖本页面");

  const record = (await (await request.get(`/api/public/labels/${E2E_FORGED_CODE}`)).json()) as {
    status: { state: string };
    integrity: { digest: string; verified: boolean; problems: string[] };
  };
  expect(record.status.state).toBe("integrity_failed");
  expect(record.integrity).toMatchObject({ verified: false, problems: ["unknown_key"] });
  for (const path of ["report.pdf", "artwork/eu-red.svg"]) {
    const res = await request.get(`/r/${E2E_FORGED_CODE}/${path}`);
    expect(res.status(), path).toBe(409);
  }
  // Even the digest it carries is not confirmed: only a digest a published key signed can be.
  const verify = await request.post(`/r/${E2E_FORGED_CODE}/verify`, {
    headers: { Accept: "application/json" },
    form: { digest: record.integrity.digest },
  });
  expect(verify.status()).toBe(200);
  expect(await verify.json()).toMatchObject({
    match: false,
    reason: "integrity_failed",
    status: { state: "integrity_failed" },
  });
});

test("unknown and malformed codes get a real 404 page", async ({ page, request }) => {
  for (const path of ["/r/CL-0000-0000-0000-0000/en", "/r/not-a-code/en", `/r/${CODE}/fr`, "/r/%00/zh-CN"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "No label with this code" })).toBeVisible();
  }
  const redirect = await request.get("/r/<script>", { maxRedirects: 0 });
  expect(redirect.status()).toBe(302);
  expect((await request.get("/r/<script>")).status()).toBe(404);
  for (const [path, status] of [
    ["/api/public/labels/nope", 400],
    ["/api/public/labels/CL-0000-0000-0000-0000", 404],
    ["/api/public/labels?limit=1000", 400],
    ["/api/public/labels?cursor=garbage", 400],
    [`/r/${CODE}/artwork/eu-red.gif`, 404],
    ["/r/CL-0000-0000-0000-0000/report.pdf", 404],
  ] as const) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(status);
    expect(res.headers()["cache-control"]).toBe("no-store");
  }
});

test("downloads: PDF, signed snapshot verifying with the published key, artwork", async ({ request }) => {
  const pdf = await request.get(`/r/${CODE}/report.pdf`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const again = await request.get(`/r/${CODE}/report.pdf`);
  expect((await again.body()).equals(await pdf.body())).toBe(true);

  const signed = (await (await request.get(`/r/${CODE}/snapshot.json`)).json()) as TSignedSnapshot;
  const keys = (await (
    await request.get("/.well-known/cyberlabel-label-keys.json")
  ).json()) as TPublicKeyDocument;
  expect(verifySignedSnapshot(keys.keys[0]!.pem, signed)).toMatchObject({ valid: true });

  const svg = await request.get(`/r/${CODE}/artwork/cn-ccl.svg`);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const png = await request.get(`/r/${CODE}/artwork/eu-red.png`);
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");

  const api = await (await request.get(`/api/public/labels/${CODE}`)).json();
  expect(api.code).toBe(CODE);
  expect(JSON.stringify(api)).not.toMatch(/@(lab|maker)\.test\.example/);
  const list = await (await request.get("/api/public/labels?limit=1")).json();
  expect(list.items).toHaveLength(1);
  expect(list.nextCursor).toEqual(expect.any(String));
  const openapi = await (await request.get("/api/public/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
});

test("verification works without JavaScript: genuine PDF, changed PDF, non-PDF, pasted digest", async ({
  browser,
  request,
}) => {
  const pdf = await (await request.get(`/r/${CODE}/report.pdf`)).body();
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    await page.goto(`/r/${CODE}/en`);
    await page.getByLabel("PDF report").setInputFiles({ name, mimeType, buffer });
    await page.getByRole("button", { name: "Check the PDF" }).click();
  };
  await upload("report.pdf", "application/pdf", pdf);
  await expect(page.getByRole("status")).toContainText("Genuine: this is exactly the report");
  const changed = Buffer.from(pdf);
  const mid = changed.length >> 1;
  changed[mid] = (changed[mid] ?? 0) ^ 1;
  await upload("report.pdf", "application/pdf", changed);
  await expect(page.getByRole("status")).toContainText("No match");
  await upload("photo.pdf", "application/pdf", Buffer.from("GIF89a"));
  await expect(page.getByRole("status")).toContainText("not a PDF");

  // The digest from the API (always fresh), not from the page: a reused build dir may hold an ISR copy of this
  // page rendered from an earlier run's database, whose seeded label had other row ids.
  const { integrity } = (await (await request.get(`/api/public/labels/${CODE}`)).json()) as {
    integrity: { digest: string };
  };
  const digest = integrity.digest;
  await page.goto(`/r/${CODE}/zh-CN`);
  await page.getByLabel(/摘要（SHA-256/).fill(digest.toUpperCase());
  await page.getByRole("button", { name: "核验摘要" }).click();
  await expect(page.getByRole("status")).toContainText("真实");
  await ctx.close();

  const big = await request.post(`/r/${CODE}/verify`, {
    headers: { Accept: "application/json" },
    multipart: {
      file: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(21 * 1024 * 1024, 0x25) },
    },
  });
  expect(big.status()).toBe(413);
  const json = await request.post(`/r/${CODE}/verify`, {
    headers: { Accept: "application/json" },
    form: { digest: "nonsense" },
  });
  expect(json.status()).toBe(400);
  expect(await json.json()).toEqual({ match: false, reason: "malformed_digest" });
});

test("no serious accessibility violations in either language; screenshots", async ({ browser }) => {
  // Twelve axe scans of whole pages: about 20 s on a quiet machine, several times that on a loaded CI machine.
  test.setTimeout(180_000);
  mkdirSync(SHOTS, { recursive: true });
  for (const [w, h] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h } });
    const page = await ctx.newPage();
    for (const lang of ["en", "zh-CN"] as const) {
      await page.goto(`/r/${CODE}/${lang}`);
      await noSeriousAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/public-label-${lang}-${w}-first.png` });
      await page.screenshot({ path: `${SHOTS}/public-label-${lang}-${w}.png`, fullPage: true });
    }
    for (const code of [E2E_REVOKED_CODE, E2E_EXPIRED_CODE, E2E_FORGED_CODE]) {
      await page.goto(`/r/${code}/en`);
      await noSeriousAxeViolations(page);
      await page.screenshot({ path: `${SHOTS}/public-label-${code}-en-${w}.png`, fullPage: true });
    }
    await page.goto("/r/CL-0000-0000-0000-0000/en");
    await noSeriousAxeViolations(page);
    await ctx.close();
  }
});
