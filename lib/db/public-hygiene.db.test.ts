// Issue 11 item 8: nothing a consumer or a registry reads carries an internal record id. Every public response is
// produced from a database holding labels of both snapshot formats (a revoked one too), then searched for every row
// id of every table of that database and for anything shaped like a cuid. The one exception is by design and tested
// as such: the signed snapshot download of a format-1 label is the document that was signed, ids included.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LabelBody } from "@/app/r/[code]/_components/label-body";
import { LabelHeader } from "@/app/r/[code]/_components/header";
import { signTreeHeadNow } from "@/lib/db/translog-step";
import { getPublicLabel, listPublicLabels, toPublicRecord } from "@/lib/db/public-labels";
import { digestSnapshot } from "@/lib/labels/canonical";
import { openApiDocument } from "@/lib/labels/openapi";
import { verifyJson, verifyStatus } from "@/lib/labels/verify-answer";
import { readVerifyForm } from "@/lib/labels/verify-form";
import {
  generateSigningKey,
  SIGNATURE_ALG,
  SIGNED_SNAPSHOT_FORMAT,
  verifySignedSnapshot,
} from "@/lib/labels/signing";
import { createTestDb, type TestDb } from "@/lib/testing/db";
import { makeIssuedLabel, type TIssuedLabel } from "@/lib/testing/labels";
import { registryClient, TEST_BASE_URL } from "@/lib/testing/translog";

/** cuid (v1: "c" + 24 base-36 characters) and cuid2 (24 lowercase base-36, starting with a letter). */
const CUID = /\b[a-z][a-z0-9]{23,31}\b/g;

let db: TestDb;
let labels: TIssuedLabel[];
let formatOne: TIssuedLabel;
const KEY = generateSigningKey();
const LOG_KEY = generateSigningKey();
const READ = { keys: [KEY.publicKeyPem] };

async function everyRowId(): Promise<string[]> {
  const tables = await db.prisma.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.columns
     WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'text'`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table_name}"`);
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Every public response body, by endpoint, as the app serves it (same functions as the routes). */
async function publicResponses(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const registry = registryClient(db.prisma, {
    labelKeyPems: [KEY.publicKeyPem],
    logKeyPems: [LOG_KEY.publicKeyPem],
  });
  out["GET /api/public/labels"] = JSON.stringify(await registry("/api/public/labels?limit=50"));
  out["GET /api/public/log/tree-head"] = JSON.stringify(await registry("/api/public/log/tree-head"));
  out["GET /api/public/log/entries"] = JSON.stringify(await registry("/api/public/log/entries?start=0"));
  out["GET /api/public/log/proof/consistency"] = JSON.stringify(
    await registry("/api/public/log/proof/consistency?first=1"),
  );
  out["GET /api/public/openapi.json"] = JSON.stringify(openApiDocument(TEST_BASE_URL));
  for (const l of labels) {
    const row = (await getPublicLabel(db.prisma, l.publicCode, READ))!;
    const record = toPublicRecord(row, { baseUrl: TEST_BASE_URL });
    out[`GET /api/public/labels/${l.publicCode}`] = JSON.stringify(record);
    out[`GET /api/public/log/proof/inclusion?code=${l.publicCode}`] = JSON.stringify(
      await registry(`/api/public/log/proof/inclusion?code=${l.publicCode}`),
    );
    for (const lang of ["en", "zh-CN"] as const)
      out[`GET /r/${l.publicCode}/${lang}`] = renderToStaticMarkup(
        createElement("div", null, [
          createElement(LabelHeader, { key: "h", code: record.code, lang }),
          createElement(LabelBody, { key: "b", record, lang, origin: TEST_BASE_URL }),
        ]),
      );
    const form = await readVerifyForm(
      row,
      "application/x-www-form-urlencoded",
      new TextEncoder().encode(`digest=${row.digest}`),
    );
    out[`POST /r/${l.publicCode}/verify (JSON)`] = JSON.stringify(
      verifyJson(form.outcome, verifyStatus(row)).body,
    );
    if (l !== formatOne) out[`GET /r/${l.publicCode}/snapshot.json`] = JSON.stringify(row.snapshot);
  }
  return out;
}

beforeAll(async () => {
  db = await createTestDb();
  const signed = { privateKeyPem: KEY.privateKeyPem };
  const valid = await makeIssuedLabel(db.prisma, signed);
  const revoked = await makeIssuedLabel(db.prisma, {
    ...signed,
    issuedAt: "2026-11-10T09:00:00.000Z",
    revoked: { at: new Date("2026-11-21T08:00:00Z"), reason: "False declaration about default passwords." },
  });
  formatOne = await makeIssuedLabel(db.prisma, { ...signed, format: 1 });
  labels = [valid, revoked, formatOne];
  await signTreeHeadNow(db.prisma, { logKeyPem: LOG_KEY.privateKeyPem });
});
afterAll(async () => {
  await db?.drop();
});

describe("public responses carry no internal record id", () => {
  it("no row id of any table, and nothing shaped like a cuid, in any public response", async () => {
    const ids = await everyRowId();
    expect(ids.length).toBeGreaterThan(10); // labels, events, users, organisations, products, assessments…
    for (const id of Object.values(formatOne.ids)) expect(ids).toContain(id);
    const responses = await publicResponses();
    expect(Object.keys(responses).length).toBeGreaterThanOrEqual(5 + 5 * labels.length - 1);
    for (const [endpoint, body] of Object.entries(responses)) {
      expect(body.length, endpoint).toBeGreaterThan(100);
      for (const id of ids) expect(body.includes(id), `${endpoint} contains the row id ${id}`).toBe(false);
      expect(body.match(CUID) ?? [], endpoint).toEqual([]);
    }
  });

  it("the check can fail: a record carrying a row id is caught", async () => {
    const row = (await getPublicLabel(db.prisma, formatOne.publicCode, READ))!;
    const leaky = JSON.stringify({
      ...toPublicRecord(row, { baseUrl: TEST_BASE_URL }),
      id: formatOne.ids.labelId,
    });
    expect(leaky.match(CUID)).not.toBeNull();
    expect((await everyRowId()).some((id) => leaky.includes(id))).toBe(true);
  });

  it("a format-1 label's signed download stays as signed (ids included) and still verifies", async () => {
    const row = (await getPublicLabel(db.prisma, formatOne.publicCode, READ))!;
    expect(row.integrity.ok).toBe(true);
    expect(digestSnapshot(row.snapshot)).toBe(formatOne.digest);
    const doc = {
      format: SIGNED_SNAPSHOT_FORMAT,
      snapshot: row.snapshot,
      digest: row.digest,
      signature: { alg: SIGNATURE_ALG, keyId: row.keyId, value: row.signature },
    };
    expect(verifySignedSnapshot(KEY.publicKeyPem, doc).valid).toBe(true);
    expect(JSON.stringify(row.snapshot)).toContain(formatOne.ids.productId);
    const page = await listPublicLabels(db.prisma, { pageSize: 50, keys: READ.keys });
    expect(page.items.map((l) => l.publicCode).sort()).toEqual(labels.map((l) => l.publicCode).sort());
  });
});
