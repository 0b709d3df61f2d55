import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { digestSnapshot } from "@/lib/labels/canonical";
import { buildSnapshotFixture, buildSnapshotFixtureV1, FIXTURE_ACCREDITATION } from "@/lib/labels/fixtures";
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

  it("lists each evidence file once, numbered, with the questions it supports", () => {
    const flat = text.replace(/\s+/g, " ");
    expect(snapshot.evidence.length).toBeGreaterThan(1);
    const technical = snapshot.evidence.find((e) => e.questionIds.length > 50)!;
    expect(technical).toBeDefined();
    for (const e of snapshot.evidence) {
      expect(flat.split(e.sha256).length - 1, e.fileName).toBe(1);
      expect(flat.split(e.fileName).length - 1, e.fileName).toBe(1);
    }
    expect(flat).toContain(`Supports ${technical.questionIds.length} questions:`);
    // The criteria table cites files by number instead of repeating hashes.
    expect(flat).toMatch(/Accepted E\d/);
    // Four files supporting 124 question links take well under two pages (format 1 needed a row per link).
    const first = pages.findIndex((p) => /^Evidence files$/m.test(p));
    const next = pages.findIndex((p) => p.includes("Criteria catalog and sources"));
    expect(next - first).toBeLessThanOrEqual(1);
  });

  it("collapses a scheme article that is entirely not applicable into one line", () => {
    const f = snapshot.result.eu.articles.find((a) => a.tally.notApplicable === a.tally.total)!;
    expect(f.article).toBe("f");
    expect(text).toContain(
      `EN 18031-3, article 3(3)(f) protection from fraud: does not apply to this product`,
    );
    expect(text).toContain(`not applicable to this product (${f.tally.total} criteria)`);
    expect(text).not.toContain("scheme part not applicable");
    const partThree = snapshot.catalogText!.criteria.filter((c) => c.key.startsWith("18031-3:"));
    const onlyInPartThree = partThree.filter(
      (c) => !snapshot.catalogText!.criteria.some((o) => o.id === c.id && !o.key.startsWith("18031-3:")),
    );
    for (const c of onlyInPartThree) expect(text).not.toContain(c.title);
  });

  it("signs off with names and the lab's accreditation, a signature block, and no internal ids", () => {
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain(`Accreditation ${FIXTURE_ACCREDITATION}`);
    expect(flat).toContain(`Lab accreditation: ${FIXTURE_ACCREDITATION.slice(0, 30)}`);
    expect(flat).toMatch(
      /SIGNED FOR THE LAB Reviewer Date Lab Dr\. Anna Keller 2026-11-20 Nordlicht Cyber Test Lab GmbH/,
    );
    expect(flat).toContain(`Label digest (SHA-256 of the signed snapshot) ${signed.digest}`);
    expect(flat).toContain("2 rounds (1 with changes requested)");
    expect(flat).toContain("1 engine verdict overridden");
    expect(flat).not.toMatch(/\b(asm|usr|lab|org|prod)_[0-9A-Z]{6,}/);
    expect(flat).not.toMatch(/self-assessment;/i); // under the lab's name on the artwork
    expect(flat).toContain("Tested by Nordlicht Cyber Test Lab GmbH");
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

describe("renderReportPdf of a format-1 snapshot", () => {
  it("keeps the format-1 layout: its id line, the per-question evidence list and its wording", async () => {
    const v1 = buildSnapshotFixtureV1();
    const file = path.join(dir, "v1.pdf");
    writeFileSync(file, await renderReportPdf(v1));
    const t = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(t).toContain(`Assessment ${v1.assessment.id}, round 2`);
    expect(t).toContain("Self-assessment; not an FCC authorization");
    const e = v1.evidence[0]!;
    expect(t).toContain(e.sha256);
    expect(t).not.toContain("SIGNED FOR THE LAB");
  });

  it("refuses a snapshot of an unknown format", async () => {
    const future = { ...snapshot, format: "cyberlabel.snapshot/9" } as unknown as typeof snapshot;
    await expect(renderReportPdf(future)).rejects.toThrow(/no report layout/);
  });
});
