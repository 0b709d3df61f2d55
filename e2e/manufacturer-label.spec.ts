import { Resvg } from "@resvg/resvg-js";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { DEMO, signIn } from "./fixtures/accounts";
import {
  E2E_CHANGES,
  E2E_EXPIRING,
  E2E_LABELLED,
  E2E_LABEL_MAKER,
  E2E_REJECTED,
} from "./fixtures/manufacturer-label";
import { waitForMail } from "./fixtures/mail";

// The manufacturer's side of an issued label (issue 12). The journey up to approval is seeded through the data
// layer (e2e/fixtures/seed-manufacturer-label.ts); the browser shows what only a browser can: the label on every
// manufacturer page with working links, the revocation reaching all of them, and the journey's mails arriving on
// the test SMTP server.

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;
const REASON = "Firmware 2.0.0 ships with a debug shell on port 2323.";

function qrOf(png: Buffer): string | null {
  const img = PNG.sync.read(png);
  return (
    jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height)
      ?.data ?? null
  );
}

async function noHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

/** Screenshots at phone and desktop size (the whole page, or one part of a long one), with no sideways scroll. */
async function shoot(page: Page, name: string, path: (f: string) => string, part?: Locator | "viewport") {
  for (const s of SIZES) {
    await page.setViewportSize({ width: s.width, height: s.height });
    if (part === "viewport") await page.screenshot({ path: path(`${name}-${s.name}.png`) });
    else if (part) await part.screenshot({ path: path(`${name}-${s.name}.png`) });
    else await page.screenshot({ path: path(`${name}-${s.name}.png`), fullPage: true });
    await noHorizontalOverflow(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Every link of the label panel answers 200 with the right type; the QR codes open the public page. */
async function checkLinks(request: APIRequestContext, hrefs: string[], publicUrl: string, code: string) {
  const seen = new Set<string>();
  for (const href of hrefs) {
    if (seen.has(href)) continue;
    seen.add(href);
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    const type = res.headers()["content-type"] ?? "";
    const body = await res.body();
    const file = new URL(href, publicUrl).pathname;
    if (file.endsWith(".pdf")) expect(type, href).toBe("application/pdf");
    else if (file.endsWith(".json")) expect(JSON.parse(body.toString()).snapshot.label.publicCode).toBe(code);
    else if (file.endsWith(".png")) {
      expect(type, href).toBe("image/png");
      expect(qrOf(body), href).toBe(publicUrl);
    } else if (file.endsWith(".svg")) {
      expect(type, href).toContain("image/svg+xml");
      // Rasterised as a print shop would, the QR code in the SVG still opens the public page.
      const png = new Resvg(body.toString(), { fitTo: { mode: "width", value: 1200 } }).render().asPng();
      expect(qrOf(png), href).toBe(publicUrl);
    } else expect(type, href).toContain("text/html");
  }
  return seen.size;
}

test("the manufacturer sees and ships the label; after revocation every page says revoked; the mails arrive", async ({
  browser,
  baseURL,
}, info) => {
  test.setTimeout(150_000);
  const shot = (f: string) => info.outputPath(f);
  const makerCtx = await browser.newContext();
  const maker = await makerCtx.newPage();
  await signIn(maker, E2E_LABEL_MAKER.email, E2E_LABEL_MAKER.password, /\/dashboard$/);

  // Dashboard: the label with its state, and the notice that it covers the earlier firmware.
  const card = maker
    .getByRole("listitem")
    .filter({ has: maker.getByRole("heading", { name: E2E_LABELLED.modelName }) });
  const summary = card.getByTestId("label-summary");
  await expect(summary).toHaveAttribute("data-state", "valid");
  const code = (await summary.getByTestId("label-code").textContent())!.trim();
  expect(code).toMatch(/^CL-/);
  const publicUrl = `${baseURL}/r/${code}`;
  await expect(card.getByTestId("latest-status")).toHaveText("Approved · label valid");
  await expect(card.getByTestId("coverage-notice")).toHaveText(
    `Label ${code} covers firmware ${E2E_LABELLED.coveredFirmware}, not ${E2E_LABELLED.firmware}.`,
  );
  await shoot(maker, "dashboard", shot);

  // The assessment page's label panel: every link works (PDF, JSON, public page, QR and artwork in print sizes).
  await card.getByRole("link", { name: "Label and downloads" }).click();
  await expect(maker).toHaveURL(/\/assessments\/[a-z0-9]+#label$/);
  const assessmentPath = new URL(maker.url()).pathname;
  const panel = maker.getByTestId("issued-label");
  await expect(panel.getByTestId("issued-label-state")).toHaveText("Valid");
  await expect(maker.getByTestId("assessment-status")).toHaveText("Approved · label valid");
  await expect(panel.getByTestId("issued-label-covers")).toContainText(
    `firmware ${E2E_LABELLED.coveredFirmware}`,
  );
  const hrefs = await panel.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.filter((h) => h.includes("/qr."))).toHaveLength(6); // SVG and PNG in three sizes
  expect(hrefs.filter((h) => h.includes("/artwork/"))).toHaveLength(18); // three schemes
  expect(await checkLinks(makerCtx.request, hrefs, publicUrl, code)).toBeGreaterThanOrEqual(27);
  await expect(panel.locator("img").first()).toHaveJSProperty("complete", true);
  await shoot(maker, "assessment-label", shot, panel);

  // The product page: the same panel, and what the label covers compared with the product now.
  await maker.getByRole("link", { name: E2E_LABELLED.modelName }).first().click();
  await expect(maker.getByTestId("coverage-notice")).toContainText(
    `The label, its report and its QR code describe firmware version ${E2E_LABELLED.coveredFirmware}`,
  );
  await expect(maker.getByTestId("issued-label")).toHaveAttribute("data-state", "valid");
  const productPath = new URL(maker.url()).pathname;
  await shoot(maker, "product", shot);

  // In-app notifications: the unread count in the header, the list, and opening one marks it read.
  const unread = Number(
    await maker
      .getByTestId("unread-count")
      .first()
      .innerText()
      .then((t) => t.replace(/\D/g, "")),
  );
  expect(unread).toBeGreaterThanOrEqual(4); // changes requested, label issued ×2, rejected (+ expiry reminder)
  await maker.getByTestId("notifications-link").click();
  await expect(maker.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  for (const title of [
    `Label issued for ${E2E_LABELLED.modelName}`,
    `Changes requested on ${E2E_CHANGES.modelName}`,
    `Assessment of ${E2E_REJECTED.modelName} rejected`,
  ])
    await expect(maker.getByRole("link", { name: title })).toBeVisible();
  await shoot(maker, "notifications", shot);
  await maker.getByRole("link", { name: `Label issued for ${E2E_LABELLED.modelName}` }).click();
  await expect(maker).toHaveURL(new RegExp(`${assessmentPath}#label$`));
  await expect(maker.getByTestId("unread-count").first()).toContainText(String(unread - 1));

  // The lab revokes the label in its workspace.
  const labCtx = await browser.newContext();
  const reviewer = await labCtx.newPage();
  await signIn(reviewer, DEMO.reviewer, undefined, /\/review$/);
  await reviewer.goto(`/review/${assessmentPath.split("/").pop()}`);
  await reviewer.getByLabel("Reason for revoking (published with the label)").fill(REASON);
  await reviewer.getByRole("button", { name: "Revoke", exact: true }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "Revoke the label" }).click();
  await expect(reviewer.getByTestId("label-status")).toHaveText("Revoked");
  await labCtx.close();

  // Every manufacturer page says revoked: dashboard, product list, product page, assessment page.
  const today = new Date().toISOString().slice(0, 10);
  await maker.goto("/dashboard");
  await expect(summary).toHaveAttribute("data-state", "revoked");
  await expect(summary).toContainText(`Revoked on ${today}: ${REASON}`);
  await expect(card.getByTestId("latest-status")).toHaveText("Approved · label revoked");
  await shoot(maker, "dashboard-revoked", shot);
  await maker.goto("/products");
  const listed = maker
    .getByRole("listitem")
    .filter({ has: maker.getByRole("heading", { name: E2E_LABELLED.modelName }) });
  await expect(listed.getByTestId("label-summary")).toHaveAttribute("data-state", "revoked");
  await shoot(maker, "products-revoked", shot);
  await maker.goto(productPath);
  await expect(maker.getByTestId("issued-label-state")).toHaveText("Revoked");
  await expect(maker.getByTestId("issued-label-sentence")).toContainText(`revoked this label on ${today}`);
  await expect(maker.getByTestId("issued-label-sentence")).toContainText(REASON);
  await expect(maker.getByText("Approved · label revoked")).toBeVisible();
  await maker.goto(assessmentPath);
  await expect(maker.getByTestId("assessment-status")).toHaveText("Approved · label revoked");
  await expect(maker.getByTestId("issued-label-state")).toHaveText("Revoked");
  await expect(maker.getByTestId("no-print-files")).toBeVisible(); // nothing to print for a revoked label
  await maker.evaluate(() => window.scrollTo(0, 0));
  await shoot(maker, "assessment-revoked", shot, "viewport");

  // The verify answer of the genuine PDF says genuine AND revoked.
  const pdf = await (await makerCtx.request.get(`/r/${code}/report.pdf`)).body();
  const verdict = await makerCtx.request.post(`/r/${code}/verify`, {
    headers: { Accept: "application/json" },
    multipart: { file: { name: "report.pdf", mimeType: "application/pdf", buffer: pdf } },
  });
  expect(await verdict.json()).toMatchObject({
    match: true,
    status: { state: "revoked", revocationReason: REASON },
  });

  // The journey's mails arrived on the test SMTP server, each linking to the app page concerned.
  const submittedMail = await waitForMail(
    DEMO.reviewer,
    new RegExp(`^${E2E_LABELLED.modelName} submitted for review$`),
  );
  expect(submittedMail.text).toContain(`${baseURL}/review/`);
  expect(submittedMail.from).toContain("no-reply@cyberlabel.test");
  for (const subject of [
    new RegExp(`^Changes requested on ${E2E_CHANGES.modelName}$`),
    new RegExp(`^Label issued for ${E2E_LABELLED.modelName}$`),
    new RegExp(`^Assessment of ${E2E_REJECTED.modelName} rejected$`),
    new RegExp(`^Label CL-\\S+ of ${E2E_EXPIRING.modelName} expires on \\d{4}-\\d{2}-\\d{2}$`),
    new RegExp(`^Label ${code} of ${E2E_LABELLED.modelName} revoked$`),
  ]) {
    const mail = await waitForMail(E2E_LABEL_MAKER.email, subject);
    expect(mail.text, subject.source).toMatch(
      new RegExp(`Open it in Cyberlabel: ${baseURL}/assessments/[a-z0-9]+`),
    );
  }
  const revokedMail = await waitForMail(E2E_LABEL_MAKER.email, /revoked$/);
  expect(revokedMail.text).toContain(`Reason: ${REASON}`);
  expect(revokedMail.text).toContain(`${baseURL}${assessmentPath}#label`);

  // The administrator reads the same mails in the outbox.
  const adminCtx = await browser.newContext();
  const admin = await adminCtx.newPage();
  await signIn(admin, DEMO.admin, undefined, /\/admin$/);
  await admin.getByRole("link", { name: "Outbox", exact: true }).click();
  await expect(admin.getByTestId("smtp-status")).toContainText("smtp://127.0.0.1");
  const row = admin
    .getByRole("listitem")
    .filter({ hasText: `Label ${code} of ${E2E_LABELLED.modelName} revoked` });
  await expect(row.getByText(/^Sent /)).toBeVisible();
  await row.getByText(`Label ${code} of ${E2E_LABELLED.modelName} revoked`).click();
  await expect(row).toContainText(E2E_LABEL_MAKER.email);
  await shoot(admin, "outbox", shot);
  await adminCtx.close();
  await makerCtx.close();
});
