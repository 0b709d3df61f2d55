import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { digestSnapshot } from "@/lib/labels/canonical";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { generateSigningKey, signSnapshot } from "@/lib/labels/signing";
import { renderReportPdf } from "./index";

const snapshot = buildSnapshotFixture();
const key = generateSigningKey();
const signed = signSnapshot(key.privateKeyPem, snapshot);
const sig = { signature: signed.signature.value, digest: signed.digest, keyId: signed.signature.keyId };
const dir = mkdtempSync(path.join(tmpdir(), "cl-report-"));
let pdf: Buffer;
let text: string;
let pages: string[];

beforeAll(async () => {
  pdf = await renderReportPdf(snapshot, sig);
  writeFileSync(path.join(dir, "report.pdf"), pdf);
  text = execFileSync("pdftotext", ["-layout", path.join(dir, "report.pdf"), "-"], { encoding: "utf8" });
  pages = text.split("\f").filter((p) => p.trim() !== "");
});

describe("renderReportPdf", () => {
  it("gives byte-identical PDFs for the same snapshot", async () => {
    const again = await renderReportPdf(structuredClone(snapshot), sig);
    expect(again.equals(pdf)).toBe(true);
    const unsigned = await renderReportPdf(snapshot);
    expect(unsigned.equals(await renderReportPdf(snapshot))).toBe(true);
    expect(unsigned.equals(pdf)).toBe(false);
  });

  it("changes when the snapshot changes, and refuses a signature of another snapshot", async () => {
    const other = { ...snapshot, product: { ...snapshot.product, firmwareVersion: "3.4.18" } };
    expect((await renderReportPdf(other)).equals(await renderReportPdf(snapshot))).toBe(false);
    await expect(renderReportPdf(other, sig)).rejects.toThrow(/digest/);
  });

  it("is a PDF whose metadata dates come from issuedAt", () => {
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const info = execFileSync("pdfinfo", [path.join(dir, "report.pdf")], { encoding: "utf8" });
    expect(info).toMatch(/CreationDate:\s+Fri Nov 20 09:30:00 2026 UTC/);
    expect(info).toContain(snapshot.label.publicCode);
  });

  it("contains the product, code, per-scheme results, verification data and Chinese text", () => {
    for (const s of [
      snapshot.product.modelName,
      snapshot.label.publicCode,
      "Page 1 of",
      "EU RED article 3(3)",
      "Module A: internal production control",
      "Label eligible",
      "1 of 3 stars",
      "Gaps",
      "Criteria catalog and sources",
      `Version ${snapshot.catalog.version}`.replace("Version ", ""),
      signed.digest,
      signed.signature.keyId,
      snapshot.reviewer.name,
      snapshot.lab.name,
      "深圳市天眼智能科技有限公司",
      "室内云台无线摄像机",
    ]) {
      expect(text, s).toContain(s);
    }
  });

  it("numbers every page and repeats the public code in the footer", () => {
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(p).toContain(snapshot.label.publicCode);
    });
  });

  it("shows criteria with reviewer overrides and evidence hashes", () => {
    const eu = snapshot.catalogText?.criteria.find((c) => c.key === "18031-1:AUM-5-1");
    expect(eu && text.includes(eu.id)).toBe(true);
    expect(text).toContain("Overridden FAIL →");
    const ev = snapshot.evidence[0];
    expect(ev && text.includes(ev.sha256)).toBe(true);
    expect(digestSnapshot(snapshot)).toBe(signed.digest);
  });

  it("prints a QR code on page 1 that decodes to the public URL", () => {
    execFileSync("pdftoppm", [
      "-r",
      "150",
      "-png",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      path.join(dir, "report.pdf"),
      path.join(dir, "p1"),
    ]);
    const png = PNG.sync.read(readFileSync(path.join(dir, "p1.png")));
    const qr = jsQR(
      new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
      png.width,
      png.height,
    );
    expect(qr?.data).toBe(snapshot.label.publicUrl);
  });

  it("has no blank pages", () => {
    for (const p of pages) expect(p.replace(/\s+/g, "").length).toBeGreaterThan(120);
  });
});
