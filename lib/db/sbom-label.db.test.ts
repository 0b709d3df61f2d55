// Issue 16: "SBOM available". A machine-readable SBOM uploaded for the assessed version is frozen into the label at
// issue and feeds the US registry's field 10 on the public record, the API and the page; it prefills the SBOM
// questions of a new assessment of that version, and never changes the answers (or verdicts) of one already submitted.
import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LabelBody } from "@/app/r/[code]/_components/label-body";
import type { SessionUser } from "@/lib/db/accounts";
import { answersFromRows, getAssessmentForOwner, startAssessment } from "@/lib/db/assessments";
import { approveAssessment } from "@/lib/db/labels";
import { getPublicLabel, toPublicRecord } from "@/lib/db/public-labels";
import { claimAssessment } from "@/lib/db/review";
import { acceptRemaining } from "@/lib/db/review-decisions";
import { uploadSbom } from "@/lib/db/vulnerabilities";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openApiDocument } from "@/lib/labels/openapi";
import { generateSigningKey, SIGNED_SNAPSHOT_FORMAT } from "@/lib/labels/signing";
import { sbomOf, type TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { getCatalog } from "@/lib/schemes";
import { assess } from "@/lib/scoring";
import { writeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { validateJsonSchema } from "@/lib/testing/json-schema";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";

let db: TestDb;
let p: PrismaClient;
let maker: SessionUser;
let reviewer: SessionUser;
const key = generateSigningKey();
const BASE = "https://labels.example.test";
const issue = { signingKeyPem: key.privateKeyPem, publicBaseUrl: BASE };
const READ = { keys: [key.publicKeyPem] };
const SBOM = new Uint8Array(
  readFileSync(new URL("../sbom/testdata/cyclonedx-firmware-1.5.json", import.meta.url)),
);

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
  maker = await makeManufacturer(p);
  reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
});
afterAll(async () => {
  await db?.drop();
});

async function submitted(bom: string) {
  const a = await writeSubmitted(p, maker, reviewer.organizationId, { schemes: ["US_CTM", "CN_CCL"] });
  await p.answer.update({
    where: { assessmentId_questionId: { assessmentId: a.id, questionId: "c.reg.bom" } },
    data: { value: bom },
  });
  const row = await p.assessment.findUniqueOrThrow({
    where: { id: a.id },
    select: { productVersionId: true, catalogVersion: true },
  });
  return { ...a, productVersionId: row.productVersionId!, catalogVersion: row.catalogVersion };
}

async function approve(assessmentId: string) {
  const { version } = await claimAssessment(p, reviewer, assessmentId);
  const r = await acceptRemaining(p, reviewer, { assessmentId, expectedVersion: version });
  return approveAssessment(p, reviewer, { assessmentId, expectedVersion: r.version }, issue);
}

async function stored(assessmentId: string) {
  const label = await p.label.findUniqueOrThrow({ where: { assessmentId }, select: { publicCode: true } });
  const row = (await getPublicLabel(p, label.publicCode, READ))!;
  return { row, record: toPublicRecord(row, { baseUrl: BASE }) };
}

async function answersOf(assessmentId: string, catalogVersion: string) {
  const rows = await p.answer.findMany({
    where: { assessmentId },
    select: { questionId: true, value: true },
  });
  return answersFromRows(catalogVersion, rows);
}

describe(`SBOM available (${testDatabaseKind()})`, () => {
  it("an SBOM uploaded after submission changes no answer or verdict; the label freezes it at issue", async () => {
    const a = await submitted("hbom");
    const before = await answersOf(a.id, a.catalogVersion);
    const resultBefore = assess(getCatalog(a.catalogVersion), before);
    await uploadSbom(p, maker, {
      productVersionId: a.productVersionId,
      fileName: "fw.cdx.json",
      bytes: SBOM,
    });
    const after = await answersOf(a.id, a.catalogVersion);
    expect(after).toEqual(before);
    expect(after["c.reg.bom"]).toBe("hbom");
    expect(assess(getCatalog(a.catalogVersion), after)).toEqual(resultBefore);

    await approve(a.id);
    const { row, record } = await stored(a.id);
    expect(row.integrity.ok).toBe(true);
    const sbom = sbomOf(row.snapshot);
    expect(sbom).toEqual({
      format: "CycloneDX",
      specVersion: "1.5",
      componentCount: expect.any(Number),
      uploadedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(sbom!.componentCount).toBeGreaterThan(0);
    // Field 10: the answer said HBOM; the SBOM on file makes it both. The frozen answer itself is unchanged.
    expect(row.snapshot.answers["c.reg.bom"]).toBe("hbom");
    expect(record.security.billOfMaterials).toBe("both");
    expect(record.security.sbom).toEqual(sbom);
    const doc = openApiDocument(BASE);
    const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
    expect(validateJsonSchema(doc, { $ref: "#/components/schemas/PublicLabel" }, json(record))).toEqual([]);
    const signed = {
      format: SIGNED_SNAPSHOT_FORMAT,
      snapshot: row.snapshot,
      digest: row.digest,
      signature: { alg: "Ed25519", keyId: row.keyId, value: row.signature },
    };
    expect(validateJsonSchema(doc, { $ref: "#/components/schemas/SignedSnapshot" }, json(signed))).toEqual(
      [],
    );

    const en = renderToStaticMarkup(createElement(LabelBody, { record, lang: "en", origin: BASE }));
    expect(en).toContain("Machine-readable SBOM");
    expect(en).toContain(`CycloneDX 1.5, ${sbom!.componentCount} components, on file with the lab`);
    expect(en).toContain("SBOM and HBOM maintained");
    const zh = renderToStaticMarkup(createElement(LabelBody, { record, lang: "zh-CN", origin: BASE }));
    expect(zh).toContain(`CycloneDX 1.5，共 ${sbom!.componentCount} 个组件`);
  });

  it("a new assessment of a version with an SBOM starts with the SBOM questions answered (marked as prefilled)", async () => {
    const a = await submitted("none");
    await uploadSbom(p, maker, {
      productVersionId: a.productVersionId,
      fileName: "fw.cdx.json",
      bytes: SBOM,
    });
    await approve(a.id);
    const { id } = await startAssessment(p, maker, {
      productId: a.productId,
      labId: reviewer.organizationId,
      targetSchemes: ["US_CTM", "CN_CCL"],
    });
    const view = await getAssessmentForOwner(p, maker, id);
    expect(view.covers.sbom).toMatchObject({ format: "CycloneDX", specVersion: "1.5" });
    expect(view.answers["c.reg.bom"]).toBe("sbom");
    expect(view.answers["c.vuln.inventory"]).toEqual({ status: "yes" });
    const audit = await p.auditEvent.findFirstOrThrow({
      where: { subjectId: id, action: "assessment.started" },
      select: { details: true },
    });
    expect(
      (audit.details as { prefilledFromProduct: Record<string, unknown> }).prefilledFromProduct,
    ).toMatchObject({
      "c.reg.bom": "sbom",
    });
  });

  it("a label issued without an SBOM carries no SBOM field: record and page as before", async () => {
    const a = await submitted("none");
    await approve(a.id);
    const { row, record } = await stored(a.id);
    expect(row.snapshot as TLabelSnapshot).not.toHaveProperty("sbom");
    expect(record.security).not.toHaveProperty("sbom");
    expect(record.security.billOfMaterials).toBe("none");
    const en = renderToStaticMarkup(createElement(LabelBody, { record, lang: "en", origin: BASE }));
    expect(en).not.toContain("Machine-readable SBOM");
  });
});
