import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { getCatalog, type TAnswerValue } from "@/lib/schemes";
import { everyMarketAnswers } from "@/lib/testing/answers";
import { NotACraLabel, renderCraDeclarationPdf } from "./declaration";
import { craDeclarationDocument } from "./document";

// The draft EU declaration of conformity, read back with pdftotext (Annex V fields, both languages).

const golden = JSON.parse(
  readFileSync(path.join(__dirname, "../../report/golden/snapshot-v2.json"), "utf8"),
) as { snapshot: TLabelSnapshot };

const catalog = getCatalog("1.2.0");

/** A real catalog 1.2.0 label targeting the CRA: the fixture camera (class I, point 17), assessed by assess(). */
function craSnapshot(
  over: { approvedAt?: string; answers?: Record<string, TAnswerValue | undefined> } = {},
): TLabelSnapshot {
  const s = buildSnapshotFixture({
    catalog,
    answers: everyMarketAnswers(catalog, over.answers),
    targetSchemes: ["EU_RED", "EU_CRA"],
  });
  if (over.approvedAt) s.assessment.approvedAt = over.approvedAt;
  return s;
}

const dir = mkdtempSync(path.join(tmpdir(), "cra-doc-"));
function text(pdf: Buffer, name: string): string {
  const f = path.join(dir, `${name}.pdf`);
  writeFileSync(f, pdf);
  return execFileSync("pdftotext", ["-layout", f, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("draft EU declaration of conformity (CRA Annex V)", () => {
  it("English: every Annex V field, marked as a draft, readiness before 11 Dec 2027", () => {
    const s = craSnapshot();
    const pdf = renderCraDeclarationPdf(s, "en");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const t = text(pdf, "en");
    for (const want of [
      "EU declaration of conformity",
      "DRAFT for the manufacturer to complete and sign",
      "Regulation (EU) 2024/2847",
      "1. Product with digital elements",
      s.product.modelName,
      "HW 2.1 / 3.4.17",
      "2. Manufacturer or authorised representative",
      "Shenzhen Tianyan Smart Technology",
      "issued under the sole responsibility of the manufacturer",
      "4. Object of the declaration",
      "5. Conformity",
      "6. Standards, common specifications or certification used",
      "No harmonised standard or common specification",
      "7. Notified body and conformity assessment procedure",
      "Important product, class I (Annex III Part I): Annex III, class I, point 17",
      "EU-type examination (module B)",
      "full quality assurance (module H)",
      "8. Additional information",
      "2031-12-31",
      "CRA readiness: ready for a notified body (2026-11-20)",
      "applies since 11 September 2026",
      s.label.publicUrl,
      "Signed for and on behalf of",
      "Place and date of issue",
      "Name, function",
      "Signature",
      "do not sign it or affix the CE marking",
      "not an official authorisation",
      `Draft generated from label ${s.label.publicCode}`,
    ])
      expect(t, want).toContain(want);
    expect(t.match(/\[to complete\]/g)?.length).toBeGreaterThanOrEqual(6);
    // Readiness is never called conformity before the date.
    expect(t).not.toContain("Module A conditions met");
    expect(t).not.toContain("applies in full");
  });

  it("Chinese, with the embedded CJK font", () => {
    const t = text(renderCraDeclarationPdf(craSnapshot(), "zh-CN"), "zh");
    for (const want of [
      "欧盟符合性声明",
      "草稿，由制造商填写并签署",
      "[待填写]",
      "重要产品 I 类",
      "签名",
      "深圳市天眼智能科技有限公司",
    ])
      expect(t, want).toContain(want);
  });

  it("from 11 December 2027 the same rules give the conformity result", () => {
    const t = text(
      renderCraDeclarationPdf(
        craSnapshot({ approvedAt: "2027-12-11T10:00:00.000Z", answers: { "p.cra.core_function": "none" } }),
        "en",
      ),
      "conf",
    );
    expect(t).toContain("the Cyber Resilience Act applies in full");
    expect(t).toContain("Module A conditions met (2027-12-11)");
    expect(t).toContain("not needed for module A (internal control)");
    expect(t).not.toContain("do not sign it");
  });

  it("is deterministic: same snapshot and language, same bytes", () => {
    const s = craSnapshot();
    expect(renderCraDeclarationPdf(s, "en").equals(renderCraDeclarationPdf(s, "en"))).toBe(true);
  });

  it("refuses a label whose assessment did not target the CRA", () => {
    expect(() => renderCraDeclarationPdf(golden.snapshot, "en")).toThrow(NotACraLabel);
  });

  it("the document route's blockers: not targeted, out of scope, unmet or unanswered requirements", () => {
    expect(craDeclarationDocument.blockers(craSnapshot())).toEqual([]);
    expect(craDeclarationDocument.blockers(golden.snapshot)).toEqual(["not_targeted"]);
    expect(
      craDeclarationDocument.blockers(craSnapshot({ answers: { "c.vuln.policy": { status: "no" } } })),
    ).toEqual(["requirements_not_met"]);
    expect(
      craDeclarationDocument.blockers(craSnapshot({ answers: { "c.cra.info_purpose": undefined } })),
    ).toEqual(["assessment_incomplete"]);
    expect(() =>
      craDeclarationDocument.render(craSnapshot({ answers: { "c.vuln.policy": { status: "no" } } }), "en"),
    ).toThrow(/requirements_not_met/);
    expect(craDeclarationDocument.fileName("CL-1", "zh-CN")).toBe(
      "eu-declaration-of-conformity-draft-CL-1-zh-CN.pdf",
    );
  });
});
