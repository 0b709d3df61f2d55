import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import PDFDocument from "pdfkit";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { generateSigningKey, signSnapshot } from "@/lib/labels/signing";
import { readAll, renderReportPdfSync } from "@/lib/report";
import { fontData, pdfFont } from "@/lib/report/fonts";
import type { TBenchSection } from "./assess";
import { compare } from "./measure";

/**
 * Report generation vs a bare pdfkit document with the same text and the same page count (issue 6, target ≤ 1.5×).
 * The baseline is built from the report itself: pdftotext gives each page's lines, which the bare document writes
 * line by line with the same embedded fonts (so font subsetting, compression and file writing cost the same on both
 * sides); what the ratio measures is our layout work: measuring, wrapping, tables, charts, artwork and QR codes.
 */
export function benchReport(): TBenchSection {
  const snapshot = buildSnapshotFixture();
  const key = generateSigningKey();
  const signed = signSnapshot(key.privateKeyPem, snapshot);
  const sig = { signature: signed.signature.value, digest: signed.digest, keyId: signed.signature.keyId };
  const report = renderReportPdfSync(snapshot, sig);

  const dir = mkdtempSync(path.join(tmpdir(), "cl-bench-report-"));
  let pages: string[][];
  try {
    writeFileSync(path.join(dir, "r.pdf"), report);
    const text = execFileSync("pdftotext", ["-layout", path.join(dir, "r.pdf"), "-"], { encoding: "utf8" });
    pages = text
      .split("\f")
      .slice(0, -1)
      .map((p) =>
        p
          .split("\n")
          .map((l) => l.trim().replace(/\s{2,}/g, "  "))
          .filter((l) => l !== ""),
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Baseline as pdfkit documents it: register the font files (parsed again for every document).
  const bare = (): Buffer => bareDoc(pages, fontData("regular"), fontData("bold"));
  // Second baseline with the parsed fonts the report shares across documents, to show what layout alone costs.
  const bareShared = (): Buffer => bareDoc(pages, pdfFont("regular"), pdfFont("bold"));
  const bareOut = bare();
  const full = () => renderReportPdfSync(snapshot, sig);

  const cmp = compare([bare, full, bareShared], { rounds: 21, roundMs: 400 });
  const [b, r, bs] = cmp.timings as [
    (typeof cmp.timings)[0],
    (typeof cmp.timings)[0],
    (typeof cmp.timings)[0],
  ];
  const ratio = cmp.medianRatio;
  const ok = ratio <= 1.5;
  const ms = (ns: number) => `${(ns / 1e6).toFixed(1)} ms`;
  const markdown = [
    `Fixture snapshot: ${snapshot.result.criteria.length} criteria, ${snapshot.evidence.length} evidence files, Chinese manufacturer name; ` +
      `report ${pages.length} A4 pages, ${(report.length / 1024).toFixed(0)} KiB (bare document ${(bareOut.length / 1024).toFixed(0)} KiB).`,
    "",
    "| Document | Median per document | Fastest round |",
    "|---|---|---|",
    `| Bare pdfkit: same text (pdftotext of the report), same ${pages.length} pages, same embedded Noto Sans SC fonts | ${ms(b.medianNs)} | ${ms(b.minNs)} |`,
    `| Bare pdfkit as above, but with the report's shared parsed fonts | ${ms(bs.medianNs)} | ${ms(bs.minNs)} |`,
    `| \`renderReportPdf(snapshot)\`: cover artwork ×3, QR codes, charts, criteria table, footers | ${ms(r.medianNs)} | ${ms(r.minNs)} |`,
    "",
    `**Ratio report / bare = ${ratio.toFixed(2)}** (target ≤ 1.50: ${ok ? "met" : "NOT met"}). Median over ${cmp.rounds} interleaved rounds ` +
      `(~400 ms each after a 300 ms warm-up), rendering synchronously into memory in one process. The first report of a process ` +
      `also reads and parses the two 10 MB font files (cached afterwards). Against the shared-font baseline the ratio of medians is ` +
      `${(r.medianNs / bs.medianNs).toFixed(2)}: that is the cost of our layout (measuring, wrapping, table, charts, artwork, QR).`,
  ].join("\n");
  return { title: "Label report: renderReportPdf() vs a bare pdfkit document", markdown, ok };
}

function bareDoc(
  pages: string[][],
  regular: PDFKit.Mixins.PDFFontSource,
  bold: PDFKit.Mixins.PDFFontSource,
): Buffer {
  const doc = new PDFDocument({
    size: "A4",
    margin: 40,
    compress: true,
    info: { CreationDate: new Date(0) },
  });
  doc.registerFont("regular", regular);
  doc.registerFont("bold", bold);
  pages.forEach((lines, i) => {
    if (i > 0) doc.addPage();
    const lh = Math.min(11, 760 / Math.max(lines.length, 1));
    lines.forEach((l, j) =>
      doc
        .font(j === 0 ? "bold" : "regular")
        .fontSize(lh * 0.8)
        .text(l, 40, 40 + j * lh, { lineBreak: false }),
    );
  });
  doc.end();
  return readAll(doc);
}
