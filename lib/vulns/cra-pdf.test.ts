import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCraDraftPdf, renderIncidentDraftPdf, type TIncidentDraftInput } from "./cra-pdf";
import { incidentClocks } from "./incident";
import type { TCraDraftInput } from "./cra-report";
import { craClocks } from "./model";

// The Article 14(2) drafts as PDFs, read back with pdftotext: each stage's own deadline, every clock, what is known
// and what is left to complete, in English and in Chinese (embedded CJK font: the Chinese text extracts as written).

const aware = new Date("2026-11-10T08:00:00Z");
const now = new Date("2026-11-10T20:00:00Z");
const base: TCraDraftInput = {
  identifier: "CVE-2026-40001",
  aliases: ["OSV-2026-0001"],
  title: "Heap overflow in httpd",
  severity: "CRITICAL",
  cvssScore: 9.8,
  fixedInVersion: null,
  awareAt: aware,
  correctiveMeasureAt: null,
  clocks: craClocks({ activelyExploited: true, awareAt: aware, correctiveMeasureAt: null, filed: {} }, now),
  product: {
    modelName: "SmartPlug Pro",
    modelNumber: "SP-200",
    firmwareVersion: "2.4.1",
    hardwareVersion: "B",
  },
  manufacturer: { name: "深圳市天眼智能科技有限公司 (Tianyan)", country: null },
};
const dir = mkdtempSync(path.join(tmpdir(), "cra-pdf-"));
function text(pdf: Buffer, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("CRA Article 14 drafts as PDF", () => {
  it("the early warning in English leads with its 24-hour deadline and marks what to complete", () => {
    const pdf = renderCraDraftPdf(base, "EARLY_WARNING", now, "en");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const t = text(pdf, "ew-en.pdf");
    expect(t).toContain("Early warning (Article 14(2)(a)) CVE-2026-40001 — Heap overflow in httpd");
    expect(t).toContain("File by Nov 11, 2026, 08:00 UTC");
    expect(t).toContain("at the latest 24 hours after becoming aware of the active exploitation");
    expect(t).toMatch(/Vulnerability notification \(Article 14\(2\) due Nov 13, 2026, 08:00 UTC/);
    expect(t).toContain("not started: waiting for a corrective or mitigating measure");
    expect(t).toMatch(/Member States where the product has \[to complete\] been made available/);
    expect(t).toContain("深圳市天眼智能科技有限公司");
    expect(t).toContain("CVE-2026-40001");
    expect(t).toContain("single reporting platform");
    expect(t).toMatch(/Page 1 of [12]/);
    // Deterministic: the same draft at the same time gives the same bytes.
    expect(renderCraDraftPdf(base, "EARLY_WARNING", now, "en").equals(pdf)).toBe(true);
  });

  it("the notification and final report carry the fix when one is recorded, and the final report's deadline", () => {
    const corrective = new Date("2026-11-12T08:00:00Z");
    const fixed: TCraDraftInput = {
      ...base,
      fixedInVersion: "2.4.2",
      correctiveMeasureAt: corrective,
      clocks: craClocks(
        {
          activelyExploited: true,
          awareAt: aware,
          correctiveMeasureAt: corrective,
          filed: { EARLY_WARNING: now },
        },
        now,
      ),
    };
    const n = text(renderCraDraftPdf(fixed, "NOTIFICATION", now, "en"), "n-en.pdf");
    expect(n).toContain("File by Nov 13, 2026, 08:00 UTC");
    expect(n).toContain("Early warning (Article 14(2)(a)) filed Nov 10, 2026, 20:00 UTC");
    expect(n).toContain("Update to firmware 2.4.2 or later");
    expect(n).toMatch(/How sensitive the notified (information is )?\[to complete\]/);
    const f = text(renderCraDraftPdf(fixed, "FINAL_REPORT", now, "en"), "f-en.pdf");
    expect(f).toContain("File by Nov 26, 2026, 08:00 UTC");
    expect(f).toContain("Heap overflow in httpd; severity critical, CVSS 9.8");
    expect(f).toContain("Firmware 2.4.2");
    // Without a measure, the final report's clock has not started and the draft says so.
    expect(text(renderCraDraftPdf(base, "FINAL_REPORT", now, "en"), "f0-en.pdf")).toContain(
      "The clock has not started: due at the latest 14 days after a corrective or mitigating measure is available.",
    );
  });

  it("in Chinese: the same draft in the reader's language, identifiers unchanged", () => {
    const t = text(renderCraDraftPdf(base, "EARLY_WARNING", now, "zh-CN"), "ew-zh.pdf").replace(/ /g, "");
    expect(t).toContain("早期预警（第14(2)(a)条）");
    expect(t).toContain("最迟在知悉漏洞被积极利用后24小时内");
    expect(t).toContain("产品已在其境内提供的成员国[待填写]");
    expect(t).toContain("严重");
    expect(t).toContain("CVE-2026-40001");
    expect(t).toContain("单一报告平台");
    expect(t).not.toContain("to complete");
  });

  it("a severe incident's drafts (Article 14(4)) in both languages, the final report counted from the notification", () => {
    const incident: TIncidentDraftInput = {
      title: "Firmware update server compromised",
      description: "An attacker replaced the update manifest for two hours.",
      awareAt: aware,
      suspectedMalicious: true,
      mitigation: null,
      clocks: incidentClocks({ awareAt: aware, filed: {} }, now),
      product: base.product,
      manufacturer: base.manufacturer,
    };
    const ew = text(renderIncidentDraftPdf(incident, "EARLY_WARNING", now, "en"), "i-ew-en.pdf");
    expect(ew).toMatch(/Early warning of a severe incident \(Article 14\(4\) ?\(a\)\)/);
    expect(ew).toContain("The deadlines of this incident");
    expect(ew).toContain("File by Nov 11, 2026, 08:00 UTC");
    expect(ew).toContain("not started: counted from when the incident notification is filed");
    expect(ew).toMatch(/Suspected to be caused by unlawful (or malicious )?yes/);
    const notified = {
      ...incident,
      clocks: incidentClocks({ awareAt: aware, filed: { NOTIFICATION: now } }, now),
    };
    const fr = text(renderIncidentDraftPdf(notified, "FINAL_REPORT", now, "en"), "i-fr-en.pdf");
    expect(fr).toContain("File by Dec 10, 2026, 20:00 UTC");
    expect(fr).toContain("within one month after the incident notification");
    expect(fr).toMatch(/Type of threat or root cause that is (likely to )?\[to complete\]/);
    const zh = text(renderIncidentDraftPdf(incident, "NOTIFICATION", now, "zh-CN"), "i-n-zh.pdf").replace(
      / /g,
      "",
    );
    expect(zh).toContain("事件通报（第14(4)(b)条）");
    expect(zh).toContain("最迟在知悉严重事件后72小时内");
    expect(zh).toContain("对事件的初步评估[待填写]");
  });
});
