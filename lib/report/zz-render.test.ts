import { writeFileSync } from "node:fs";
import { it } from "vitest";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { renderReportPdf } from "@/lib/report";
import { getCatalog } from "@/lib/schemes";
import { craAnswers } from "@/lib/schemes/eu-cra/fixtures";
it("render", { timeout: 600_000 }, async () => {
  const c = getCatalog("1.2.0");
  writeFileSync("/tmp/i17e/zh/four.pdf", await renderReportPdf(buildSnapshotFixture({ catalog: c, targetSchemes: ["EU_RED", "US_CTM", "CN_CCL", "UK_PSTI"] }), undefined, "zh-CN"));
  writeFileSync("/tmp/i17e/zh/cra.pdf", await renderReportPdf(buildSnapshotFixture({ catalog: c, answers: craAnswers(c), targetSchemes: ["EU_CRA", "ETSI_303645"] }), undefined, "zh-CN"));
});
