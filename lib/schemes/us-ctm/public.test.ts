import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LabelBody } from "@/app/r/[code]/_components/label-body";
import { buildSnapshotFixture, FIXTURE_BASE_URL } from "@/lib/labels/fixtures";
import { openApiDocument } from "@/lib/labels/openapi";
import { toPublicRecord, type TPublicLabelRow, type TPublicSchemeResult } from "@/lib/labels/public-record";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { getCatalog } from "@/lib/schemes";
import { validateJsonSchema } from "@/lib/testing/json-schema";
import { labelFixtureAnswers } from "@/lib/labels/fixtures";

// Issue 10: an out-of-scope US result says why on the public page and in the public API, in both languages; a label
// whose frozen result carries no reasons (catalog 1.0.0) gets no new field, so its page and record stay as issued.

const NOW = new Date("2026-12-01T00:00:00Z");
const row = (snapshot: TLabelSnapshot): TPublicLabelRow => ({
  publicCode: snapshot.label.publicCode,
  snapshot,
  digest: "ab".repeat(32),
  signature: "sig",
  keyId: "0123456789abcdef",
  issuedAt: new Date(snapshot.label.issuedAt),
  validUntil: new Date("2099-01-01T00:00:00Z"),
  events: [
    {
      id: "e1",
      seq: 1,
      kind: "ISSUED",
      at: new Date(snapshot.label.issuedAt),
      reason: null,
      supersededBy: null,
    },
  ],
  logEntries: [{ labelEventId: "e1", leafIndex: 3, leaf: "", leafHash: "" }],
  integrity: { ok: true },
});

function outOfScopeLabel() {
  const catalog = getCatalog("1.1.0");
  const answers = { ...labelFixtureAnswers(catalog), "p.fda_medical": true, "p.vehicle": true };
  return buildSnapshotFixture({ catalog, answers });
}
const us = (r: ReturnType<typeof toPublicRecord>) =>
  r.schemes.find((s): s is Extract<TPublicSchemeResult, { scheme: "US_CTM" }> => s.scheme === "US_CTM")!;
const page = (record: ReturnType<typeof toPublicRecord>, lang: "en" | "zh-CN") =>
  renderToStaticMarkup(createElement(LabelBody, { record, lang, origin: FIXTURE_BASE_URL }));

describe("US out-of-scope reasons on the public record and page", () => {
  it("the API record names each reason in English and Chinese, and matches the OpenAPI schema", () => {
    const snapshot = outOfScopeLabel();
    expect(snapshot.result.us.inScope).toBe(false);
    const record = toPublicRecord(row(snapshot), { baseUrl: FIXTURE_BASE_URL, now: NOW });
    expect(us(record).outOfScopeReasons).toEqual([
      {
        en: "FDA-regulated medical devices are excluded (47 CFR 8.203).",
        "zh-CN": "受 FDA 监管的医疗器械不在范围内（47 CFR 8.203）。",
      },
      {
        en: "NHTSA-regulated motor vehicles and vehicle equipment are excluded (47 CFR 8.203).",
        "zh-CN": "受 NHTSA 监管的机动车及车辆设备不在范围内（47 CFR 8.203）。",
      },
    ]);
    const doc = openApiDocument(FIXTURE_BASE_URL);
    const json = JSON.parse(JSON.stringify(record)) as unknown;
    expect(validateJsonSchema(doc, { $ref: "#/components/schemas/PublicLabel" }, json)).toEqual([]);
  });

  it("the page lists the reasons in the page's language", () => {
    const record = toPublicRecord(row(outOfScopeLabel()), { baseUrl: FIXTURE_BASE_URL, now: NOW });
    const en = page(record, "en");
    expect(en).toContain("Why it is out of the programme&#x27;s scope:");
    expect(en).toContain("<li>FDA-regulated medical devices are excluded (47 CFR 8.203).</li>");
    const zh = page(record, "zh-CN");
    expect(zh).toContain("不在该计划范围内的原因：");
    expect(zh).toContain("<li>受 NHTSA 监管的机动车及车辆设备不在范围内（47 CFR 8.203）。</li>");
    expect(zh).not.toContain("FDA-regulated medical devices");
  });

  it("an in-scope label, and a catalog 1.0.0 label out of scope, get no reasons field", () => {
    const inScope = toPublicRecord(row(buildSnapshotFixture({ catalog: getCatalog("1.1.0") })), {
      baseUrl: FIXTURE_BASE_URL,
      now: NOW,
    });
    expect(us(inScope)).not.toHaveProperty("outOfScopeReasons");
    const c10 = getCatalog("1.0.0");
    const old = buildSnapshotFixture({ answers: { ...labelFixtureAnswers(c10), "p.consumer": false } });
    expect(old.result.us.inScope).toBe(false);
    const record = toPublicRecord(row(old), { baseUrl: FIXTURE_BASE_URL, now: NOW });
    expect(us(record)).not.toHaveProperty("outOfScopeReasons");
    expect(page(record, "en")).not.toContain("pl-us-out-of-scope");
  });

  it("a reason the catalog version does not know stays as frozen, in either language", () => {
    const snapshot = outOfScopeLabel();
    snapshot.result.us.outOfScopeReasons = ["A reason from a corrected catalog."];
    const record = toPublicRecord(row(snapshot), { baseUrl: FIXTURE_BASE_URL, now: NOW });
    expect(us(record).outOfScopeReasons).toEqual([
      { en: "A reason from a corrected catalog.", "zh-CN": "A reason from a corrected catalog." },
    ]);
  });
});
