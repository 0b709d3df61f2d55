import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { pstiResult, type TPstiResult } from "./rule";
import { renderPstiStatementPdf, statementBlockers } from "./statement";

const dir = mkdtempSync(path.join(tmpdir(), "psti-soc-"));

/** A snapshot of a label whose manufacturer filled in the statement fields. */
function snapshot(extra: Record<string, string> = {}): TLabelSnapshot {
  const s = buildSnapshotFixture();
  return {
    ...s,
    answers: {
      ...s.answers,
      "c.soc.address": "Building 5, 88 Keyuan Road, Nanshan District, Shenzhen 518057",
      "c.soc.signatory": "Li Wei",
      "c.soc.function": "Head of Product Security",
      "c.soc.place": "Shenzhen, China",
      "c.support.end_date": "2031-06-30",
      ...extra,
    },
  };
}

const verdicts = (v: Record<string, "PASS" | "FAIL" | "UNANSWERED" | "NOT_APPLICABLE">) => (key: string) => ({
  verdict: v[key] ?? "NOT_APPLICABLE",
  stage: "satisfaction" as const,
});
const compliant = (extra: Record<string, "PASS" | "FAIL"> = {}): TPstiResult =>
  pstiResult({
    inScope: true,
    excepted: false,
    outOfScopeReasons: [],
    verdict: verdicts({ "PSTI-1": "PASS", "PSTI-2": "PASS", "PSTI-3": "PASS", "PSTI-SoC": "PASS", ...extra }),
  });

function pdfText(pdf: Buffer, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("UK statement of compliance (PDF)", () => {
  it("carries every Schedule 4 field, read back from the PDF (English)", () => {
    const s = snapshot();
    const t = pdfText(renderPstiStatementPdf(s, compliant({ "PSTI-D2.ETSI": "PASS" }), "en"), "en.pdf");
    expect(t).toContain("UK statement of compliance");
    // F1 product type and batch
    expect(t).toContain(`${s.product.categoryLabel}: ${s.product.modelName}`);
    expect(t).toContain(
      `hardware version ${s.product.hardwareVersion} and firmware version ${s.product.firmwareVersion}`,
    );
    // F2 manufacturer name and address, authorised representative
    expect(t).toContain(s.manufacturer.name);
    expect(t).toContain("88 Keyuan Road");
    expect(t).toContain("UK authorised representative None appointed");
    // F3 prepared by or on behalf of the manufacturer
    expect(t).toContain("prepared by or on behalf of the manufacturer");
    // F4 opinion, each requirement with its route, the standard by number, version and date
    expect(t).toContain("In the opinion of the manufacturer");
    expect(t).toContain("Passwords (Schedule 1, paragraph 1) Met as set out in Schedule 1.");
    expect(t).toContain("ETSI EN 303 645 V2.1.1 (2020-06), provision 5.2-1");
    // F5 defined support period with its end date
    expect(t).toContain("at least until 30 June 2031");
    // F6 signatory
    expect(t).toContain("Li Wei");
    expect(t).toContain("Head of Product Security");
    // F7 place and date of issue (the label's issue date)
    const issued = new Date(s.label.issuedAt);
    const month = issued.toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
    expect(t).toContain(`Shenzhen, China, ${issued.getUTCDate()} ${month} ${issued.getUTCFullYear()}`);
    // Where it comes from, and what it is not
    expect(t).toContain(s.label.publicCode);
    expect(t).toContain("not an authorisation, certification or marking by the UK Government");
  });

  it("names an accepted label and the statement duty it meets", () => {
    const s = snapshot({
      "c.label.cls_id": "CLS-2025-000123",
      "c.label.cls_level": "2",
      "c.label.cls_expiry": "2028-03-31",
    });
    const t = pdfText(renderPstiStatementPdf(s, compliant({ "PSTI-L.CLS": "PASS" }), "en"), "cls.pdf");
    expect(t).toContain("level 2, label number CLS-2025-000123, valid until 31 March 2028");
    expect(t).toContain("under Schedule 2A that label also meets the duty");
  });

  it("is in Chinese with lang=zh-CN (the CJK font is embedded), same fields", () => {
    const s = snapshot();
    const t = pdfText(renderPstiStatementPdf(s, compliant(), "zh-CN"), "zh.pdf");
    expect(t).toContain("英国合规声明");
    expect(t).toContain("制造商认为");
    expect(t).toContain("2031年6月30日");
    expect(t).toContain("Li Wei");
    expect(t).toContain("仅供参考");
    const fonts = execFileSync("pdffonts", [path.join(dir, "zh.pdf")], { encoding: "utf8" });
    expect(fonts).toContain("NotoSansSC");
  });

  it("is deterministic: the same snapshot gives the same bytes", () => {
    const s = snapshot();
    expect(
      renderPstiStatementPdf(s, compliant(), "en").equals(renderPstiStatementPdf(s, compliant(), "en")),
    ).toBe(true);
  });

  it("is refused while a requirement is not met or a field is empty", () => {
    const s = snapshot({ "c.soc.place": "  " });
    const failing = compliant({ "PSTI-2": "FAIL" });
    expect(statementBlockers(s, failing, true)).toEqual(["not_compliant", "missing_place"]);
    expect(statementBlockers(snapshot(), compliant(), true)).toEqual([]);
    expect(statementBlockers(snapshot(), compliant(), false)).toEqual(["not_targeted"]);
  });
});
