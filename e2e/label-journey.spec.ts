import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { publicT } from "@/lib/i18n/public-label";
import { DEMO, signIn } from "./fixtures/accounts";
import { journey } from "./fixtures/journeys";

const en = publicT("en");

/** Renders page 1 of a PDF to pixels with poppler's pdftoppm and decodes the QR code found there. */
function qrFromFirstPage(pdf: Buffer): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), "label-pdf-"));
  writeFileSync(path.join(dir, "report.pdf"), pdf);
  execFileSync(
    "pdftoppm",
    ["-r", "150", "-f", "1", "-l", "1", "-png", "-singlefile", "report.pdf", "page1"],
    { cwd: dir },
  );
  const png = PNG.sync.read(readFileSync(path.join(dir, "page1.png")));
  return (
    jsQR(
      new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.byteLength),
      png.width,
      png.height,
    )?.data ?? null
  );
}

test("approve → PDF → QR from the printed page → public page → revoke → the page says revoked", async ({
  browser,
  baseURL,
}, info) => {
  test.setTimeout(180_000);
  // Submitted by the demo manufacturer (EU RED, US Cyber Trust Mark, China; every answer good, evidence on every
  // claim), seeded through the data layer (fixtures/seed-journeys.ts): answering and submitting in the browser is
  // assessment.spec.ts's, the manufacturer's side of an issued label manufacturer-label.spec.ts's.
  const { id } = journey(info, "labelJourney");

  const lab = await browser.newContext();
  const reviewer = await lab.newPage();
  await signIn(reviewer, DEMO.reviewer, undefined, /\/review$/);
  await reviewer.goto(`/review/${id}`);
  await reviewer.getByRole("button", { name: "Claim for review" }).click();
  await reviewer.getByRole("button", { name: /Accept all remaining/ }).click();
  await reviewer
    .getByRole("dialog")
    .getByRole("button", { name: /^Accept \d+ criteri/ })
    .click();
  await reviewer.getByRole("button", { name: "Approve and issue the label" }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "Issue the label" }).click();
  const code = (await reviewer.getByTestId("label-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^CL-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

  // The PDF report, rendered to pixels, carries a QR code that opens this label's public page.
  const anon = await browser.newContext();
  const pdfResponse = await anon.request.get(`/r/${code}/report.pdf`);
  expect(pdfResponse.status()).toBe(200);
  expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
  const url = qrFromFirstPage(Buffer.from(await pdfResponse.body()));
  expect(url).toBe(`${baseURL}/r/${code}`);

  // The page shows the same product, results and status as the signed snapshot.
  const snapshot = (await (await anon.request.get(`/r/${code}/snapshot.json`)).json())
    .snapshot as TLabelSnapshot;
  expect(snapshot.product.modelName).toBe("Lumo Cam Outdoor");
  const consumer = await anon.newPage();
  await consumer.setViewportSize({ width: 390, height: 844 });
  await consumer.goto(url!);
  await expect(consumer.getByRole("heading", { level: 1 })).toContainText("Lumo Cam Outdoor");
  await expect(consumer.getByRole("region", { name: en("status.valid") })).toBeVisible();
  await expect(consumer.getByText(en(`us.status.${snapshot.result.us.status}`)).first()).toBeVisible();
  await expect(consumer.getByText(en("cn.stars", { n: snapshot.result.cn.stars })).first()).toBeVisible();
  for (const a of snapshot.result.eu.articles.filter((x) => x.inScope)) {
    await expect(consumer.getByText(en(`eu.status.${a.status}`)).first()).toBeVisible();
  }
  await expect(consumer.getByText(snapshot.product.supportPeriodEnd).first()).toBeVisible();

  // Revocation shows at once on the public page; the signed snapshot is unchanged.
  await reviewer
    .getByLabel("Reason for revoking (published with the label)")
    .fill("Firmware 1.8.0 found to ship a debug shell.");
  await reviewer.getByRole("button", { name: "Revoke", exact: true }).click();
  await reviewer.getByRole("dialog").getByRole("button", { name: "Revoke the label" }).click();
  await expect(reviewer.getByTestId("label-code")).toBeVisible();
  await consumer.reload();
  await expect(consumer.getByRole("region", { name: en("status.revoked") })).toBeVisible();
  await expect(consumer.getByText("Firmware 1.8.0 found to ship a debug shell.")).toBeVisible();
  const after = (await (await anon.request.get(`/r/${code}/snapshot.json`)).json())
    .snapshot as TLabelSnapshot;
  expect(after).toEqual(snapshot);

  await lab.close();
  await anon.close();
});
