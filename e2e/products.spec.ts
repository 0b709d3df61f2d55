import { mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signUp, watchCsp } from "./fixtures/accounts";

/** A real, small PNG (a blue square with a lighter frame), built here so the test needs no binary fixture. */
function png(size = 96): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows: number[] = [];
  for (let y = 0; y < size; y++) {
    rows.push(0);
    for (let x = 0; x < size; x++) {
      const edge = x < 8 || y < 8 || x >= size - 8 || y >= size - 8;
      rows.push(...(edge ? [140, 185, 230] : [11, 92, 173]));
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function fillProduct(page: Page, values: { modelName: string; privacy?: string }) {
  await page.getByLabel("Model name").fill(values.modelName);
  await page.getByLabel("Model number (optional)").fill("E2E-100");
  await page.getByLabel("Hardware version").fill("rev A");
  await page.getByLabel("Firmware version").fill("1.0.0");
  await page.getByLabel("Category").selectOption("camera");
  await page.getByLabel("Security updates until").fill("2030-12-31");
  await page.getByLabel("Security updates install automatically").check();
  await page.getByLabel("Vulnerability disclosure contact (optional)").fill("security@example.com");
  await page.getByLabel("Privacy policy (optional)").fill(values.privacy ?? "https://example.com/privacy");
}

/** Creates a product through the form and returns its id. */
async function createProduct(page: Page, modelName: string): Promise<string> {
  await page.goto("/products/new");
  await fillProduct(page, { modelName });
  await page.getByRole("button", { name: "Add product" }).click();
  await expect(page.getByRole("heading", { level: 1, name: modelName })).toBeVisible();
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}

test("a manufacturer adds, edits, illustrates and archives a product", async ({ page }) => {
  const csp = watchCsp(page);
  await signUp(page, { company: "Product Devices" });
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("No products yet")).toBeVisible();

  await page.goto("/products");
  await page.getByRole("link", { name: "Add a product" }).click();
  await expect(page).toHaveURL(/\/products\/new$/);

  // Invalid input: no model name and a javascript: link. Both are refused next to their fields; the rest is kept.
  await fillProduct(page, { modelName: "", privacy: "javascript:alert(1)" });
  await page.getByRole("button", { name: "Add product" }).click();
  const modelName = page.getByLabel("Model name");
  await expect(modelName).toHaveAttribute("aria-invalid", "true");
  await expect(modelName).toHaveAccessibleDescription("Enter the model name.");
  await expect(modelName).toBeFocused();
  const privacy = page.getByLabel("Privacy policy (optional)");
  await expect(privacy).toHaveAttribute("aria-invalid", "true");
  await expect(privacy).toHaveAccessibleDescription(
    /starting with https:\/\/\.\s*Enter a secure web address starting with https:\/\//,
  );
  await expect(privacy).toHaveValue("javascript:alert(1)");
  // Plain http:// is refused too, with the same message (the hint always said https://).
  await privacy.fill("http://example.com/privacy");
  await page.getByRole("button", { name: "Add product" }).click();
  await expect(privacy).toHaveAccessibleDescription(/http:\/\/ pages are not accepted/);
  await expect(page.getByLabel("Hardware version")).toHaveValue("rev A");
  await expect(page.getByLabel("Category")).toHaveValue("camera");
  await expect(page.getByLabel("Security updates install automatically")).toBeChecked();
  await expect(page).toHaveURL(/\/products\/new$/);

  await modelName.fill("E2E Cam");
  await privacy.fill("https://example.com/privacy");
  await page.getByRole("button", { name: "Add product" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "E2E Cam" })).toBeVisible();
  const productPath = new URL(page.url()).pathname;
  await expect(page.getByText("Camera or video doorbell")).toBeVisible();
  await expect(page.getByRole("link", { name: "https://example.com/privacy" })).toBeVisible();
  // A plain e-mail address is a disclosure contact, stored and linked as mailto:.
  await expect(page.getByRole("link", { name: "security@example.com" })).toHaveAttribute(
    "href",
    "mailto:security@example.com",
  );
  await expect(page.getByText("Not assessed yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Start an assessment" })).toHaveAttribute(
    "href",
    `${productPath}/assess`,
  );

  // Edit: the form opens with the stored values.
  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${productPath}/edit$`));
  await expect(page.getByLabel("Model name")).toHaveValue("E2E Cam");
  await expect(page.getByLabel("Security updates until")).toHaveValue("2030-12-31");
  await page.getByLabel("Firmware version").fill("1.1.0");
  await page.getByLabel("Security updates install automatically").uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`${productPath}$`));
  // The details list shows the new firmware (the versions table lists it as well).
  await expect(page.getByText("1.1.0", { exact: true })).toBeVisible();

  // Image: a disguised file is refused by its content; a real PNG is saved and served.
  await page.getByLabel("Add an image").setInputFiles({
    name: "photo.png",
    mimeType: "image/png",
    buffer: Buffer.from("MZ\x90\x00not an image"),
  });
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.locator(".alert[role=alert]")).toContainText("Upload a PNG or JPEG image.");
  await page
    .getByLabel("Add an image")
    .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: png() });
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.locator(".alert[role=status]")).toContainText("Image saved.");
  const img = page.getByRole("img", { name: "Photo of E2E Cam" });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(96);
  mkdirSync("/tmp/shots", { recursive: true });
  await page.screenshot({ path: "/tmp/shots/product-with-image.png", fullPage: true });
  const served = await page.request.get(`/api${productPath}/image`);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/png");

  await page.goto("/products");
  await expect(page.getByRole("link", { name: "E2E Cam" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("link", { name: "E2E Cam" })).toBeVisible();
  await expect(page.getByText("Not assessed yet")).toBeVisible();

  // Archive, with a confirmation that can be cancelled.
  await page.goto(productPath);
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("button", { name: "Yes, archive" })).toHaveCount(0);
  await page.getByRole("button", { name: "Archive", exact: true }).click();
  await expect(page.getByRole("button", { name: "Yes, archive" })).toBeFocused();
  await page.getByRole("button", { name: "Yes, archive" }).click();
  await expect(page).toHaveURL(/\/products$/);
  await expect(page.getByRole("link", { name: "E2E Cam" })).toHaveCount(0);
  await expect(page.getByText("No products yet")).toBeVisible();
  await page.goto(productPath);
  await expect(page.getByText("Archived", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  expect(csp).toEqual([]);
});

test("another manufacturer gets 404 on the product page, the edit page and the image route", async ({
  page,
  browser,
}) => {
  await signUp(page, { company: "Owner Devices" });
  await expect(page).toHaveURL(/\/dashboard$/);
  const id = await createProduct(page, "Private Cam");
  await page
    .getByLabel("Add an image")
    .setInputFiles({ name: "p.png", mimeType: "image/png", buffer: png() });
  await page.getByRole("button", { name: "Upload image" }).click();
  await expect(page.locator(".alert[role=status]")).toContainText("Image saved.");
  expect((await page.request.get(`/api/products/${id}/image`)).status()).toBe(200);

  const other = await browser.newContext();
  const rival = await other.newPage();
  await signUp(rival, { company: "Rival Devices" });
  await expect(rival).toHaveURL(/\/dashboard$/);
  for (const path of [`/products/${id}`, `/products/${id}/edit`]) {
    const res = await rival.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(rival.getByText("Private Cam")).toHaveCount(0);
  }
  const image = await rival.request.get(`/api/products/${id}/image`);
  expect(image.status()).toBe(404);
  expect(image.headers()["content-type"]).toContain("application/json");
  const upload = await rival.request.post(`/api/products/${id}/image`, {
    data: png(),
    headers: { "Content-Type": "application/octet-stream" },
  });
  expect(upload.status()).toBe(404);
  await other.close();

  // The owner's image is unchanged, and an oversized upload is refused before it is stored.
  const big = Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024)]);
  const tooBig = await page.request.post(`/api/products/${id}/image`, {
    data: big,
    headers: { "Content-Type": "application/octet-stream" },
  });
  expect(tooBig.status()).toBe(413);
  expect((await page.request.get(`/api/products/${id}/image`)).status()).toBe(200);
});

test("screenshots of the product list, the product form and the dashboard", async ({ page }) => {
  mkdirSync("/tmp/shots", { recursive: true });
  await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
  for (const [w, h] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/products");
    await expect(page.getByRole("link", { name: "Lumo Hub 2" })).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/products-${w}.png`, fullPage: true });
    await page.goto("/products/new");
    await page.getByRole("button", { name: "Add product" }).click();
    await expect(page.getByLabel("Model name")).toHaveAttribute("aria-invalid", "true");
    await page.screenshot({ path: `/tmp/shots/product-form-${w}.png`, fullPage: true });
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: "Lumo Hub 2" })).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/dashboard-${w}.png`, fullPage: true });
    await page.getByRole("link", { name: "Lumo Hub 2" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Lumo Hub 2" })).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/product-${w}.png`, fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow at ${w}px`).toBeLessThanOrEqual(0);
  }
});

test("the product form at phone and desktop sizes, with its https and contact messages", async ({
  browser,
}) => {
  const shots = process.env.SHOTS_DIR ?? "/tmp/shots";
  mkdirSync(shots, { recursive: true });
  for (const [w, h] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    const page = await (await browser.newContext({ viewport: { width: w, height: h } })).newPage();
    await signIn(page, DEMO.manufacturer, undefined, /\/dashboard$/);
    await page.goto("/products/new");
    await fillProduct(page, { modelName: "Form Check", privacy: "http://example.com/privacy" });
    await page.getByLabel("Vulnerability disclosure contact (optional)").fill("security at example.com");
    await page.getByRole("button", { name: "Add product" }).click();
    await expect(page.getByLabel("Vulnerability disclosure contact (optional)")).toHaveAccessibleDescription(
      /e-mail address such as security@example\.com/,
    );
    await page.getByLabel("Privacy policy (optional)").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/product-form-${w}.png`, fullPage: true });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(1);
    await page.context().close();
  }
});
