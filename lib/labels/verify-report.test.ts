import { beforeAll, describe, expect, it } from "vitest";
import { buildSnapshotFixture } from "./fixtures";
import { generateSigningKey, signSnapshot } from "./signing";
import { readVerifyForm } from "./verify-form";
import {
  clearReportCache,
  expectedReportSha256,
  normalizeDigest,
  reportPdfFor,
  sha256,
  verifyPastedDigest,
  verifyReportPdf,
  type TVerifiableLabel,
} from "./verify-report";

let label: TVerifiableLabel;
let pdf: Buffer;

beforeAll(async () => {
  const snapshot = buildSnapshotFixture();
  const signed = signSnapshot(generateSigningKey().privateKeyPem, snapshot);
  label = {
    publicCode: snapshot.label.publicCode,
    snapshot,
    digest: signed.digest,
    signature: signed.signature.value,
    keyId: signed.signature.keyId,
    integrity: { ok: true },
  };
  clearReportCache();
  pdf = Buffer.from(await reportPdfFor(label));
});

describe("verifyReportPdf", () => {
  it("accepts the genuine report", async () => {
    expect(await verifyReportPdf(label, pdf)).toEqual({ match: true, matched: "pdf_sha256" });
  });

  it("confirms nothing, not even the matching report or digest, when the label failed its integrity check", async () => {
    const broken = { ...label, integrity: { ok: false } };
    expect(await verifyReportPdf(broken, pdf)).toEqual({ match: false, reason: "integrity_failed" });
    expect(await verifyPastedDigest(broken, label.digest)).toEqual({
      match: false,
      reason: "integrity_failed",
    });
    expect(await verifyPastedDigest(broken, sha256(pdf))).toEqual({
      match: false,
      reason: "integrity_failed",
    });
  });

  it("rejects the report with one byte changed, anywhere", async () => {
    for (const at of [20, Math.floor(pdf.length / 2), pdf.length - 3]) {
      const changed = Buffer.from(pdf);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      expect(await verifyReportPdf(label, changed)).toEqual({ match: false, reason: "mismatch" });
    }
  });

  it("rejects a truncated or extended report, a non-PDF and an empty upload", async () => {
    expect((await verifyReportPdf(label, pdf.subarray(0, pdf.length - 1))).match).toBe(false);
    expect((await verifyReportPdf(label, Buffer.concat([pdf, Buffer.from("\n")]))).match).toBe(false);
    expect(await verifyReportPdf(label, Buffer.from("GIF89a not a pdf"))).toEqual({
      match: false,
      reason: "not_pdf",
    });
    expect(await verifyReportPdf(label, new Uint8Array())).toEqual({ match: false, reason: "empty" });
  });

  it("caches the expected hash, so a second check does not re-render", async () => {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) await expectedReportSha256(label);
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe("verifyPastedDigest", () => {
  it("says which digest matched", async () => {
    expect(await verifyPastedDigest(label, label.digest)).toEqual({
      match: true,
      matched: "snapshot_digest",
    });
    expect(await verifyPastedDigest(label, sha256(pdf))).toEqual({ match: true, matched: "pdf_sha256" });
    expect(await verifyPastedDigest(label, ` SHA256:${label.digest.toUpperCase()} `)).toMatchObject({
      match: true,
    });
  });

  it("answers clearly for other, malformed and empty input", async () => {
    const other = label.digest.replace(/^./, (c) => (c === "0" ? "1" : "0"));
    expect(await verifyPastedDigest(label, other)).toEqual({ match: false, reason: "mismatch" });
    expect(await verifyPastedDigest(label, "abc")).toEqual({ match: false, reason: "malformed_digest" });
    expect(await verifyPastedDigest(label, "x".repeat(100_000))).toEqual({
      match: false,
      reason: "malformed_digest",
    });
    expect(await verifyPastedDigest(label, "   ")).toEqual({ match: false, reason: "empty" });
    expect(normalizeDigest(`${label.digest.slice(0, 32)} ${label.digest.slice(32)}`)).toBe(label.digest);
  });
});

describe("readVerifyForm", () => {
  async function encode(form: FormData) {
    const res = new Response(form);
    return { type: res.headers.get("content-type"), body: new Uint8Array(await res.arrayBuffer()) };
  }

  it("reads a multipart PDF upload and a pasted digest", async () => {
    const f = new FormData();
    f.set("lang", "zh-CN");
    f.set("file", new Blob([new Uint8Array(pdf)], { type: "application/pdf" }), "report.pdf");
    const up = await encode(f);
    const a = await readVerifyForm(label, up.type, up.body);
    expect(a.lang).toBe("zh-CN");
    expect(a.outcome).toEqual({
      kind: "checked",
      hash: sha256(pdf),
      result: { match: true, matched: "pdf_sha256" },
    });

    const d = await readVerifyForm(
      label,
      "application/x-www-form-urlencoded",
      new TextEncoder().encode(`digest=${label.digest}`),
    );
    expect(d.outcome).toMatchObject({ kind: "checked", result: { match: true, matched: "snapshot_digest" } });
  });

  it("refuses a non-PDF file, an empty form and an unreadable body", async () => {
    const f = new FormData();
    f.set("file", new Blob(["<html>"], { type: "application/pdf" }), "fake.pdf");
    const np = await encode(f);
    expect((await readVerifyForm(label, np.type, np.body)).outcome).toEqual({
      kind: "error",
      error: "not_pdf",
    });
    const empty = await encode(new FormData());
    expect((await readVerifyForm(label, empty.type, empty.body)).outcome).toEqual({
      kind: "error",
      error: "empty",
    });
    expect(
      (await readVerifyForm(label, "multipart/form-data; boundary=x", new Uint8Array([1, 2]))).outcome,
    ).toEqual({
      kind: "error",
      error: "bad_request",
    });
    expect((await readVerifyForm(label, "application/json", new Uint8Array())).outcome).toEqual({
      kind: "error",
      error: "bad_request",
    });
  });
});
