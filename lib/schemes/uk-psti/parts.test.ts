import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LabelBody } from "@/app/r/[code]/_components/label-body";
import { buildSnapshotFixture } from "@/lib/labels/fixtures";
import { toPublicRecord, type TPublicLabelRow } from "@/lib/labels/public-record";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { renderArtworkPng, renderArtworkSvg, renderReportPdf } from "@/lib/report";
import { getCatalog } from "@/lib/schemes";
import { documentPath } from "../documents";
import { everyMarketAnswers } from "@/lib/testing/answers";

/**
 * The module's parts for a label targeting PSTI (catalog 1.2.0): report section, artwork and public card, read back
 * from the rendered outputs. The PNG and PDF land in PSTI_SHOTS (default /tmp/psti-shots) to be looked at.
 */
const SHOTS = process.env.PSTI_SHOTS ?? "/tmp/psti-shots";
mkdirSync(SHOTS, { recursive: true });
const catalog = getCatalog("1.2.0");

function snapshot(change: Parameters<typeof everyMarketAnswers>[1] = {}): TLabelSnapshot {
  return buildSnapshotFixture({
    catalog,
    answers: everyMarketAnswers(catalog, change),
    targetSchemes: ["EU_RED", "UK_PSTI"],
    publicCode: "CL-PST1-50C0-0000-T3ST",
  });
}

function page(s: TLabelSnapshot, lang: "en" | "zh-CN"): string {
  const issuedAt = new Date(s.label.issuedAt);
  const row: TPublicLabelRow = {
    publicCode: s.label.publicCode,
    snapshot: s,
    digest: "0".repeat(64),
    signature: "sig",
    keyId: "k1",
    issuedAt,
    validUntil: new Date(s.label.validUntil),
    events: [{ id: "e1", seq: 1, kind: "ISSUED", at: issuedAt, reason: null, supersededBy: null }],
    logEntries: [{ leafIndex: 1, leaf: "", leafHash: "", labelEventId: "e1" }],
    integrity: { ok: true },
  };
  const record = toPublicRecord(row, {
    baseUrl: "https://cyberlabel.example",
    now: new Date("2026-12-01T12:00:00Z"),
  });
  return renderToStaticMarkup(
    createElement(LabelBody, { record, lang, origin: "https://cyberlabel.example" }),
  );
}

describe("UK PSTI module parts on an issued label", () => {
  it("the report has a PSTI section with each requirement and how it is met", async () => {
    const s = snapshot({ "p.psti_etsi": true });
    const file = path.join(SHOTS, "report-psti.pdf");
    writeFileSync(file, await renderReportPdf(s));
    const t = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    expect(t).toContain("UK PSTI security requirements");
    expect(t).toContain("Compliant: the statement of compliance can be made");
    expect(t).toContain("Passwords (Sch. 1 para 1) Met via Schedule 1, ETSI EN 303 645 V2.1.1 (2020-06)");
    expect(t).toContain("not an authorisation by the UK Government or OPSS");
  });

  it("the artwork says what was assessed, with no official mark", () => {
    const s = snapshot({ "c.vuln.policy": { status: "no" } });
    const svg = renderArtworkSvg(s, "UK_PSTI");
    expect(svg).toContain("UK PSTI · security requirements check");
    expect(svg).toContain("PSTI requirements not met");
    expect(svg).toContain("Security issue reporting published");
    expect(svg).toContain("not a UK Government mark or authorisation");
    expect(svg).not.toMatch(/UKCA|UK CA/);
    writeFileSync(
      path.join(SHOTS, "artwork-psti-fail.png"),
      renderArtworkPng(s, "UK_PSTI", { dpi: 150 }).png,
    );
    writeFileSync(
      path.join(SHOTS, "artwork-psti.png"),
      renderArtworkPng(snapshot(), "UK_PSTI", { dpi: 150 }).png,
    );
  });

  it("the public card shows the result, the requirements, the notice and the statement downloads in both languages", () => {
    const s = snapshot();
    const en = page(s, "en");
    expect(en).toContain("UK PSTI product security regime (self-declaration)");
    expect(en).toContain("Meets the three UK security requirements as assessed");
    expect(en).toContain("No universal or guessable default passwords");
    expect(en).toContain("not an authorisation by the UK Government");
    expect(en).toContain(`href="${documentPath(s.label.publicCode, "uk-statement-of-compliance", "en")}"`);
    const zh = page(s, "zh-CN");
    expect(zh).toContain("经评估满足英国三项安全要求");
    expect(zh).toContain("并非英国政府");
    writeFileSync(path.join(SHOTS, "public-psti-en.html"), en);
  });

  it("a label that cannot carry a statement links none, and says what is missing", () => {
    const s = snapshot({ "c.support.published": { status: "no" } });
    const en = page(s, "en");
    expect(en).toContain("Does not meet the UK requirements yet");
    expect(en).not.toContain("uk-statement-of-compliance");
  });
});
