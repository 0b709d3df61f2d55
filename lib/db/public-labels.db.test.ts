import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  getPublicLabel,
  listPublicLabels,
  toPublicRecord,
} from "@/lib/db/public-labels";
import { openApiDocument } from "@/lib/labels/openapi";
import { FIXTURE_ACCREDITATION } from "@/lib/labels/fixtures";
import { generatePublicCode } from "@/lib/labels/public-code";
import { generateSigningKey, SIGNED_SNAPSHOT_FORMAT } from "@/lib/labels/signing";
import { createTestDb, type TestDb } from "@/lib/testing/db";
import { makeIssuedLabel, type TIssuedLabel } from "@/lib/testing/labels";
import { validateJsonSchema } from "@/lib/testing/json-schema";

let db: TestDb;
let valid: TIssuedLabel;
let revoked: TIssuedLabel;
let expired: TIssuedLabel;
let formatOne: TIssuedLabel;
let formatTwo: TIssuedLabel;
const BASE = "https://labels.example";
// One signing key for every label here, passed as the published keys the reads check signatures against.
const KEY = generateSigningKey();
const READ = { keys: [KEY.publicKeyPem] };
const signed = { privateKeyPem: KEY.privateKeyPem };

beforeAll(async () => {
  db = await createTestDb();
  valid = await makeIssuedLabel(db.prisma, signed);
  revoked = await makeIssuedLabel(db.prisma, {
    ...signed,
    issuedAt: "2026-11-10T09:00:00.000Z",
    revoked: { at: new Date("2026-11-21T08:00:00Z"), reason: "False declaration about default passwords." },
  });
  expired = await makeIssuedLabel(db.prisma, {
    ...signed,
    issuedAt: "2024-01-10T10:00:00.000Z",
    validUntil: "2025-01-10T10:00:00.000Z",
  });
  formatOne = await makeIssuedLabel(db.prisma, { ...signed, format: 1 });
  formatTwo = await makeIssuedLabel(db.prisma, { ...signed, format: 2 });
});
afterAll(async () => {
  await db?.drop();
});

describe("getPublicLabel", () => {
  it("finds a label by its canonical code and by a code typed loosely", async () => {
    const exact = await getPublicLabel(db.prisma, valid.publicCode, READ);
    expect(exact?.publicCode).toBe(valid.publicCode);
    expect(exact?.digest).toBe(valid.digest);
    const typed = valid.publicCode.toLowerCase().replace(/-/g, " ");
    expect((await getPublicLabel(db.prisma, typed, READ))?.publicCode).toBe(valid.publicCode);
  });

  it.each([
    ["unknown but well-formed", () => generatePublicCode()],
    ["malformed", () => "CL-????"],
    ["empty", () => ""],
    ["SQL-ish", () => "' OR 1=1 --"],
    ["huge", () => "C".repeat(10_000)],
  ])("returns null for a %s code", async (_, code) => {
    expect(await getPublicLabel(db.prisma, code(), READ)).toBeNull();
  });
});

describe("toPublicRecord", () => {
  it("maps status valid / expired / revoked with date and reason", async () => {
    const rec = async (l: TIssuedLabel) =>
      toPublicRecord((await getPublicLabel(db.prisma, l.publicCode, READ))!, { baseUrl: BASE });
    expect((await rec(valid)).status).toMatchObject({
      state: "valid",
      revokedAt: null,
      revocationReason: null,
    });
    expect((await rec(expired)).status.state).toBe("expired");
    expect((await rec(revoked)).status).toEqual({
      state: "revoked",
      validUntil: expect.any(String),
      revokedAt: "2026-11-21T08:00:00.000Z",
      revocationReason: "False declaration about default passwords.",
      since: "2026-11-21T08:00:00.000Z",
    });
  });

  it("carries the registry fields, plain-language results and absolute links", async () => {
    const r = toPublicRecord((await getPublicLabel(db.prisma, valid.publicCode, READ))!, {
      baseUrl: `${BASE}/`,
    });
    expect(r.product.name).toBe(valid.snapshot.product.modelName);
    expect(r.manufacturer.name).toBe(valid.snapshot.manufacturer.name);
    expect(r.security).toMatchObject({
      supportPeriodEnd: "2031-12-31",
      supportEnded: false,
      updatesAutomatic: true,
      secureConfigInfo: "https://tianyan.example.cn/en/support/secure-setup",
      vulnerabilityDisclosure: "https://tianyan.example.cn/security",
    });
    expect(r.schemes.map((s) => s.scheme)).toEqual(["EU_RED", "US_CTM", "CN_CCL"]);
    const cn = r.schemes.find((s) => s.scheme === "CN_CCL");
    expect(cn?.provisional).toBe(true);
    expect(cn?.summary["zh-CN"]).toContain("暂定");
    const eu = r.schemes.find((s) => s.scheme === "EU_RED");
    expect(eu && eu.scheme === "EU_RED" && eu.articles.length).toBeGreaterThan(0);
    expect(r.links.report).toBe(`${BASE}/r/${valid.publicCode}/report.pdf`);
    expect(r.links.artwork.map((a) => a.svg)).toContain(`${BASE}/r/${valid.publicCode}/artwork/cn-ccl.svg`);
    expect(r.integrity).toEqual({
      digest: valid.digest,
      alg: "Ed25519",
      keyId: valid.keyId,
      snapshotFormat: "cyberlabel.snapshot/3",
      verified: true,
      problems: [],
    });
    expect(r.events).toEqual([
      {
        event: "issued",
        at: valid.snapshot.label.issuedAt,
        reason: null,
        supersededBy: null,
        logIndex: expect.any(Number),
      },
    ]);
    expect(r.log.inclusionProof).toBe(`${BASE}/api/public/log/proof/inclusion?code=${valid.publicCode}`);
  });

  it("never serialises private fields: e-mails, evidence, decision comments, answers, internal ids", async () => {
    const row = (await getPublicLabel(db.prisma, revoked.publicCode, READ))!;
    const json = JSON.stringify(toPublicRecord(row, { baseUrl: BASE }));
    for (const email of revoked.emails) expect(json).not.toContain(email);
    expect(json).not.toMatch(/[\w.+-]+@[\w-]+\.test\.example/);
    for (const ev of revoked.snapshot.evidence) {
      expect(json).not.toContain(ev.sha256);
      expect(json).not.toContain(ev.fileName);
    }
    const comments = revoked.snapshot.decisions.flatMap((d) => (d.comment ? [d.comment] : []));
    expect(comments.length).toBeGreaterThan(0);
    for (const c of comments) expect(json).not.toContain(c);
    for (const id of Object.values(revoked.ids)) expect(json).not.toContain(id);
    expect(json).not.toContain(revoked.signature); // the signature lives in the signed download only
    const parsed = JSON.parse(json) as Record<string, unknown>;
    for (const k of ["answers", "evidence", "decisions", "result", "snapshot"])
      expect(parsed).not.toHaveProperty(k);
  });

  it("issues format 3: the signed snapshot holds no internal record id; the lab's accreditation is public", async () => {
    expect(valid.snapshot.format).toBe("cyberlabel.snapshot/3");
    const json = JSON.stringify(valid.snapshot);
    for (const id of Object.values(valid.ids)) expect(json).not.toContain(id);
    const r = toPublicRecord((await getPublicLabel(db.prisma, valid.publicCode, READ))!, { baseUrl: BASE });
    expect(r.lab.accreditation).toBe(FIXTURE_ACCREDITATION);
  });

  it("keeps serving format-1 labels, whose public record exposes none of the ids their snapshot carries", async () => {
    expect(formatOne.snapshot.format).toBe("cyberlabel.snapshot/1");
    const row = (await getPublicLabel(db.prisma, formatOne.publicCode, READ))!;
    expect(row.digest).toBe(formatOne.digest);
    const signedJson = JSON.stringify(row.snapshot);
    const ids = Object.values(formatOne.ids).filter((id) => id !== formatOne.ids.labelId);
    for (const id of ids) expect(signedJson).toContain(id); // what was signed stays as signed
    const json = JSON.stringify(toPublicRecord(row, { baseUrl: BASE }));
    for (const id of Object.values(formatOne.ids)) expect(json).not.toContain(id);
    expect(JSON.parse(json).lab).toEqual({ name: row.snapshot.lab.name, country: "DE", accreditation: null });
  });

  it("keeps serving format-2 labels, verified, with their format on the public record", async () => {
    expect(formatTwo.snapshot.format).toBe("cyberlabel.snapshot/2");
    const row = (await getPublicLabel(db.prisma, formatTwo.publicCode, READ))!;
    expect(row.integrity).toEqual({ ok: true });
    const r = toPublicRecord(row, { baseUrl: BASE });
    expect(r.integrity.snapshotFormat).toBe("cyberlabel.snapshot/2");
    expect(r.integrity.verified).toBe(true);
    expect(r.lab.accreditation).toBe(FIXTURE_ACCREDITATION);
  });

  it("the signed snapshot download of every format matches the OpenAPI schema of SignedSnapshot", () => {
    const doc = openApiDocument(BASE);
    const signedOf = (l: TIssuedLabel) =>
      JSON.parse(
        JSON.stringify({
          format: SIGNED_SNAPSHOT_FORMAT,
          snapshot: l.snapshot,
          digest: l.digest,
          signature: { alg: "Ed25519", keyId: l.keyId, value: l.signature },
        }),
      ) as { snapshot: Record<string, Record<string, unknown>> };
    const check = (v: unknown) => validateJsonSchema(doc, { $ref: "#/components/schemas/SignedSnapshot" }, v);
    expect(check(signedOf(valid))).toEqual([]);
    expect(check(signedOf(formatOne))).toEqual([]);
    expect(check(signedOf(formatTwo))).toEqual([]);
    // A format-3 snapshot that carried a record id again would not be format 3.
    const leaky = signedOf(valid);
    leaky.snapshot.lab!.id = formatOne.ids.labId;
    expect(check(leaky)).not.toEqual([]);
  });

  it("matches the OpenAPI schema of PublicLabel", async () => {
    const doc = openApiDocument(BASE);
    for (const l of [valid, revoked, expired, formatOne, formatTwo]) {
      const rec = toPublicRecord((await getPublicLabel(db.prisma, l.publicCode, READ))!, { baseUrl: BASE });
      expect(
        validateJsonSchema(
          doc,
          { $ref: "#/components/schemas/PublicLabel" },
          JSON.parse(JSON.stringify(rec)),
        ),
      ).toEqual([]);
    }
  });
});

describe("listPublicLabels", () => {
  it("pages newest first with a keyset cursor, ties broken by code, no row seen twice", async () => {
    const sameTime = "2025-06-01T12:00:00.000Z";
    await makeIssuedLabel(db.prisma, {
      ...signed,
      issuedAt: sameTime,
    });
    await makeIssuedLabel(db.prisma, {
      ...signed,
      issuedAt: sameTime,
    });
    const all = await db.prisma.label.findMany({
      select: { publicCode: true, issuedAt: true },
      orderBy: [{ issuedAt: "desc" }, { publicCode: "desc" }],
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listPublicLabels>> = await listPublicLabels(db.prisma, {
        ...READ,
        cursor,
        pageSize: 2,
      });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.publicCode));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(all.map((a) => a.publicCode));
  });

  it("caps the page size and rejects a forged cursor", async () => {
    expect(
      (await listPublicLabels(db.prisma, { ...READ, pageSize: 10_000 })).items.length,
    ).toBeLessThanOrEqual(100);
    await expect(listPublicLabels(db.prisma, { ...READ, cursor: "not-a-cursor" })).rejects.toThrow(
      "invalid cursor",
    );
    expect(decodeCursor(Buffer.from('{"t":"x","c":"y"}').toString("base64url"))).toBeNull();
    const c = encodeCursor({ issuedAt: new Date("2026-01-01T00:00:00Z"), publicCode: valid.publicCode });
    expect(decodeCursor(c)?.publicCode).toBe(valid.publicCode);
  });
});
