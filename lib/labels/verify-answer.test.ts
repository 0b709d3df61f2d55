import { beforeAll, describe, expect, it } from "vitest";
import { validateJsonSchema } from "@/lib/testing/json-schema";
import { buildSnapshotFixture } from "./fixtures";
import { openApiDocument } from "./openapi";
import type { TPublicLabelRow } from "./public-record";
import { generateSigningKey, signSnapshot } from "./signing";
import { verdictView, verifyJson, verifyStatus } from "./verify-answer";
import { readVerifyForm } from "./verify-form";
import { reportPdfFor } from "./verify-report";

const REASON = "Firmware 1.8.0 ships a debug shell";
let valid: TPublicLabelRow;
let revoked: TPublicLabelRow;
let expired: TPublicLabelRow;
let suspended: TPublicLabelRow;
let superseded: TPublicLabelRow;
let tampered: TPublicLabelRow;
let pdf: Buffer;

type TEvent = TPublicLabelRow["events"][number];
const event = (seq: number, kind: TEvent["kind"], at: string, extra: Partial<TEvent> = {}): TEvent => ({
  id: `e${seq}`,
  seq,
  kind,
  at: new Date(at),
  reason: null,
  supersededBy: null,
  ...extra,
});

beforeAll(async () => {
  const snapshot = buildSnapshotFixture();
  const signed = signSnapshot(generateSigningKey().privateKeyPem, snapshot);
  valid = {
    publicCode: snapshot.label.publicCode,
    snapshot,
    digest: signed.digest,
    signature: signed.signature.value,
    keyId: signed.signature.keyId,
    issuedAt: new Date(snapshot.label.issuedAt),
    validUntil: new Date("2099-01-01T00:00:00Z"),
    events: [event(1, "ISSUED", snapshot.label.issuedAt)],
    logEntries: [],
    integrity: { ok: true },
  };
  const [issued] = valid.events;
  revoked = {
    ...valid,
    events: [issued!, event(2, "REVOKED", "2026-11-21T08:00:00Z", { reason: REASON })],
  };
  expired = { ...valid, validUntil: new Date("2026-01-10T10:00:00Z") };
  suspended = {
    ...valid,
    events: [issued!, event(2, "SUSPENDED", "2026-11-22T08:00:00Z", { reason: "Exploited flaw open" })],
  };
  superseded = {
    ...valid,
    events: [issued!, event(2, "SUPERSEDED", "2026-11-23T08:00:00Z", { supersededBy: "CL-NEXT" })],
  };
  tampered = { ...revoked, integrity: { ok: false, problems: ["log_missing"] } };
  pdf = Buffer.from(await reportPdfFor(valid));
});

async function uploadAnswer(label: TPublicLabelRow) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(pdf)], { type: "application/pdf" }), "report.pdf");
  const req = new Request("http://x/verify", { method: "POST", body: form });
  const body = new Uint8Array(await req.arrayBuffer());
  const { outcome } = await readVerifyForm(label, req.headers.get("content-type"), body);
  return verifyJson(outcome, verifyStatus(label));
}

describe("the verify answer carries the label's state", () => {
  it("a genuine PDF of a revoked label: match, and revoked with date and reason (valid per the OpenAPI document)", async () => {
    const { http, body } = await uploadAnswer(revoked);
    expect(http).toBe(200);
    expect(body).toEqual({
      match: true,
      matched: "pdf_sha256",
      status: {
        state: "revoked",
        validUntil: "2099-01-01T00:00:00.000Z",
        revokedAt: "2026-11-21T08:00:00.000Z",
        revocationReason: REASON,
        since: "2026-11-21T08:00:00.000Z",
      },
    });
    const doc = openApiDocument("https://x");
    expect(validateJsonSchema(doc, { $ref: "#/components/schemas/VerifyResult" }, body)).toEqual([]);
  });

  it("expired and valid labels say so; errors keep only their reason, and also match the schema", async () => {
    expect((await uploadAnswer(expired)).body).toMatchObject({ match: true, status: { state: "expired" } });
    expect((await uploadAnswer(valid)).body).toMatchObject({ match: true, status: { state: "valid" } });
    const doc = openApiDocument("https://x");
    for (const [outcome, http] of [
      [{ kind: "error", error: "not_pdf" }, 415],
      [{ kind: "error", error: "too_large" }, 413],
      [{ kind: "error", error: "malformed_digest" }, 400],
      [{ kind: "checked", hash: "0".repeat(64), result: { match: false, reason: "mismatch" } }, 200],
    ] as const) {
      const a = verifyJson(outcome, verifyStatus(revoked));
      expect(a.http).toBe(http);
      expect(validateJsonSchema(doc, { $ref: "#/components/schemas/VerifyResult" }, a.body)).toEqual([]);
    }
  });

  it("a label that fails its integrity check confirms nothing, even its genuine PDF, and says integrity_failed", async () => {
    const { http, body } = await uploadAnswer(tampered);
    expect(http).toBe(200);
    expect(body).toMatchObject({
      match: false,
      reason: "integrity_failed",
      status: { state: "integrity_failed" },
    });
    const doc = openApiDocument("https://x");
    expect(validateJsonSchema(doc, { $ref: "#/components/schemas/VerifyResult" }, body)).toEqual([]);
  });
});

describe("the result page's words", () => {
  const genuine = { match: true, matched: "pdf_sha256" } as const;

  it("genuine + revoked: both sentences, in the revoked colour, in English and Chinese", () => {
    const en = verdictView(genuine, verifyStatus(revoked), "en");
    expect(en.tone).toBe("revoked");
    expect(en.message).toMatch(/^Genuine/);
    expect(en.stateLine?.text).toBe(
      `But the label itself was revoked on 2026-11-21 because: ${REASON}. It is no longer valid.`,
    );
    const zh = verdictView(genuine, verifyStatus(revoked), "zh-CN");
    expect(zh.message).toMatch(/^真实/);
    expect(zh.stateLine?.text).toBe(`但本标签已于 2026-11-21 被撤销，原因：${REASON}。该标签已失效。`);
  });

  it("genuine + expired is amber with the expiry date; genuine + valid is green with nothing more", () => {
    const ex = verdictView(genuine, verifyStatus(expired), "zh-CN");
    expect(ex).toMatchObject({
      tone: "expired",
      stateLine: { text: "但本标签已于 2026-01-10 过期，该标签已失效。" },
    });
    expect(verdictView(genuine, verifyStatus(valid), "en")).toMatchObject({ tone: "valid", stateLine: null });
  });

  it("genuine + suspended or superseded is amber with the date the state began, in both languages", () => {
    expect(verdictView(genuine, verifyStatus(suspended), "en")).toMatchObject({
      tone: "expired",
      stateLine: {
        text: "But the label itself was suspended on 2026-11-22. It is not valid while suspended.",
      },
    });
    expect(verdictView(genuine, verifyStatus(superseded), "zh-CN")).toMatchObject({
      tone: "expired",
      stateLine: { text: "但本标签已于 2026-11-23 被新标签取代，该标签已失效。" },
    });
  });

  it("integrity failed: red, the integrity message and no state of its own (none can be trusted)", () => {
    const view = verdictView({ match: false, reason: "integrity_failed" }, verifyStatus(tampered), "en");
    expect(view).toMatchObject({ tone: "revoked", icon: "✕", stateLine: null });
    expect(view.message).toMatch(/^Cannot confirm: the stored label does not match its signature/);
    expect(
      verdictView({ match: false, reason: "integrity_failed" }, verifyStatus(tampered), "zh-CN").message,
    ).toMatch(/^无法确认/);
  });

  it("no match stays red and still tells the label's state; an error says only the error", () => {
    const nm = verdictView({ match: false, reason: "mismatch" }, verifyStatus(revoked), "en");
    expect(nm.tone).toBe("revoked");
    expect(nm.message).toMatch(/^No match/);
    expect(nm.stateLine?.text).toContain("revoked on 2026-11-21");
    expect(verdictView({ error: "not_pdf" }, verifyStatus(valid), "en")).toMatchObject({
      tone: "revoked",
      stateLine: null,
    });
  });
});
