import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  archiveProduct,
  createProduct,
  detectProductImageType,
  getProduct,
  getProductImage,
  listProductAssessments,
  listProducts,
  listProductsWithLatestAssessment,
  PRODUCT_IMAGE_MAX_BYTES,
  setProductImage,
  updateProduct,
} from "@/lib/db/products";
import type { SessionUser } from "@/lib/db/accounts";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { ZProductInput } from "@/lib/products/schema";
import { AppError } from "@/lib/errors";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.drop();
});

const product = ZProductInput.parse({
  modelName: "Cam 1",
  hardwareVersion: "1",
  firmwareVersion: "1.0.0",
  category: "camera",
  supportPeriodEnd: "2030-01-31",
  updatesAutomatic: true,
  vulnDisclosureUrl: "https://example.com/security",
});

const code = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : "other"),
  );

describe(`products on ${testDatabaseKind()}`, () => {
  it("belong to their organisation: another manufacturer can neither read, change nor archive them", async () => {
    const a = await makeManufacturer(db.prisma);
    const b = await makeManufacturer(db.prisma);
    const p = await createProduct(db.prisma, a, product);
    expect(p.supportPeriodEnd.toISOString().slice(0, 10)).toBe("2030-01-31");
    expect((await getProduct(db.prisma, a, p.id)).modelName).toBe("Cam 1");
    expect(await code(getProduct(db.prisma, b, p.id))).toBe("NOT_FOUND");
    expect(await code(updateProduct(db.prisma, b, p.id, { ...product, modelName: "Hijacked" }))).toBe(
      "NOT_FOUND",
    );
    expect(await code(archiveProduct(db.prisma, b, p.id))).toBe("NOT_FOUND");
    expect((await getProduct(db.prisma, a, p.id)).modelName).toBe("Cam 1");
    expect(await listProducts(db.prisma, b)).toEqual([]);
  });

  it("refuses links a consumer should not follow", () => {
    const r = ZProductInput.safeParse({
      ...product,
      supportPeriodEnd: "2030-01-31",
      privacyPolicyUrl: "javascript:alert(1)",
    });
    expect(r.success).toBe(false);
  });

  it("archiving hides a product from the list and records who did it", async () => {
    const a = await makeManufacturer(db.prisma);
    const p = await createProduct(db.prisma, a, product);
    await archiveProduct(db.prisma, a, p.id);
    expect(await listProducts(db.prisma, a)).toEqual([]);
    expect((await listProducts(db.prisma, a, { includeArchived: true })).map((x) => x.id)).toEqual([p.id]);
    const events = await db.prisma.auditEvent.findMany({
      where: { subjectId: p.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["product.created", a.id],
      ["product.archived", a.id],
    ]);
  });
});

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);

describe(`product images on ${testDatabaseKind()}`, () => {
  it("stores PNG and JPEG read from the bytes, serves them to the owner only, and audits each upload", async () => {
    const a = await makeManufacturer(db.prisma);
    const b = await makeManufacturer(db.prisma);
    const p = await createProduct(db.prisma, a, product);
    expect(await code(getProductImage(db.prisma, a, p.id))).toBe("NOT_FOUND");

    expect(await setProductImage(db.prisma, a, p.id, PNG)).toEqual({
      contentType: "image/png",
      size: PNG.length,
    });
    const img = await getProductImage(db.prisma, a, p.id);
    expect(img.contentType).toBe("image/png");
    expect(Array.from(img.bytes)).toEqual(Array.from(PNG));
    expect((await getProduct(db.prisma, a, p.id)).imageContentType).toBe("image/png");

    await setProductImage(db.prisma, a, p.id, JPEG);
    expect((await getProductImage(db.prisma, a, p.id)).contentType).toBe("image/jpeg");

    expect(await code(getProductImage(db.prisma, b, p.id))).toBe("NOT_FOUND");
    expect(await code(setProductImage(db.prisma, b, p.id, PNG))).toBe("NOT_FOUND");
    expect((await getProductImage(db.prisma, a, p.id)).contentType).toBe("image/jpeg");

    const events = await db.prisma.auditEvent.findMany({
      where: { subjectId: p.id, action: "product.image_set" },
    });
    expect(events.map((e) => [e.actorId, (e.details as { contentType: string }).contentType]).sort()).toEqual(
      [
        [a.id, "image/jpeg"],
        [a.id, "image/png"],
      ],
    );
  });

  it("refuses disguised, empty and oversized uploads, and images of archived products", async () => {
    const a = await makeManufacturer(db.prisma);
    const p = await createProduct(db.prisma, a, product);
    const exe = new TextEncoder().encode("MZ\x90\x00 this program cannot be run in DOS mode");
    expect(await code(setProductImage(db.prisma, a, p.id, exe))).toBe("UNSUPPORTED_MEDIA");
    expect(
      await code(setProductImage(db.prisma, a, p.id, new TextEncoder().encode("<svg onload=alert(1)>"))),
    ).toBe("UNSUPPORTED_MEDIA");
    expect(await code(setProductImage(db.prisma, a, p.id, new Uint8Array()))).toBe("VALIDATION");
    const big = new Uint8Array(PRODUCT_IMAGE_MAX_BYTES + 1);
    big.set(PNG);
    expect(await code(setProductImage(db.prisma, a, p.id, big))).toBe("TOO_LARGE");
    expect(await code(getProductImage(db.prisma, a, p.id))).toBe("NOT_FOUND");
    await archiveProduct(db.prisma, a, p.id);
    expect(await code(setProductImage(db.prisma, a, p.id, PNG))).toBe("NOT_FOUND");
    expect(
      await db.prisma.auditEvent.count({ where: { subjectId: p.id, action: "product.image_set" } }),
    ).toBe(0);
  });

  it("detects the type from magic bytes only", () => {
    expect(detectProductImageType(PNG)).toBe("image/png");
    expect(detectProductImageType(JPEG)).toBe("image/jpeg");
    expect(detectProductImageType(PNG.slice(0, 7))).toBeNull();
    expect(detectProductImageType(new TextEncoder().encode("GIF89a"))).toBeNull();
  });
});

describe(`products with their assessments on ${testDatabaseKind()}`, () => {
  async function startAssessment(
    owner: SessionUser,
    labId: string,
    productId: string,
    createdAt: Date,
    status: AssessmentStatus = "DRAFT",
  ) {
    return db.prisma.assessment.create({
      data: {
        productId,
        organizationId: owner.organizationId,
        labId,
        catalogVersion: "1.0.0",
        targetSchemes: ["EU_RED", "CN_CCL"],
        status,
        createdById: owner.id,
        createdAt,
      },
    });
  }

  it("lists each active product once with its latest assessment and that assessment's answers, for the owner only", async () => {
    const a = await makeManufacturer(db.prisma);
    const b = await makeManufacturer(db.prisma);
    const lab = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
    const assessed = await createProduct(db.prisma, a, { ...product, modelName: "Assessed" });
    const fresh = await createProduct(db.prisma, a, { ...product, modelName: "Fresh" });
    const archived = await createProduct(db.prisma, a, { ...product, modelName: "Archived" });
    const theirs = await createProduct(db.prisma, b, { ...product, modelName: "Theirs" });

    const older = await startAssessment(
      a,
      lab.organizationId,
      assessed.id,
      new Date("2026-01-01T00:00:00Z"),
      "REJECTED",
    );
    const newer = await startAssessment(a, lab.organizationId, assessed.id, new Date("2026-02-01T00:00:00Z"));
    await startAssessment(b, lab.organizationId, theirs.id, new Date("2026-03-01T00:00:00Z"));
    await startAssessment(a, lab.organizationId, archived.id, new Date("2026-03-01T00:00:00Z"));
    await archiveProduct(db.prisma, a, archived.id);
    await db.prisma.answer.createMany({
      data: [
        { assessmentId: newer.id, questionId: "p.category", value: "camera", updatedById: a.id },
        { assessmentId: newer.id, questionId: "p.consumer", value: true, updatedById: a.id },
        { assessmentId: older.id, questionId: "p.category", value: "router", updatedById: a.id },
      ],
    });

    const rows = await listProductsWithLatestAssessment(db.prisma, a);
    expect(rows.map((r) => r.modelName).sort()).toEqual(["Assessed", "Fresh"]);
    const withA = rows.find((r) => r.id === assessed.id);
    expect(withA?.assessments).toHaveLength(1);
    const latest = withA?.assessments[0];
    expect(latest).toMatchObject({
      id: newer.id,
      status: "DRAFT",
      targetSchemes: ["EU_RED", "CN_CCL"],
      catalogVersion: "1.0.0",
    });
    expect(latest?.updatedAt).toBeInstanceOf(Date);
    expect(Object.fromEntries((latest?.answers ?? []).map((x) => [x.questionId, x.value]))).toEqual({
      "p.category": "camera",
      "p.consumer": true,
    });
    expect(rows.find((r) => r.id === fresh.id)?.assessments).toEqual([]);
    expect(JSON.stringify(rows)).not.toContain("Theirs");

    const other = await listProductsWithLatestAssessment(db.prisma, b);
    expect(other.map((r) => r.modelName)).toEqual(["Theirs"]);
    expect(other[0]?.assessments[0]?.answers).toEqual([]);
  });

  it("lists a product's assessments newest first, and none of another organisation's product", async () => {
    const a = await makeManufacturer(db.prisma);
    const b = await makeManufacturer(db.prisma);
    const lab = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
    const p = await createProduct(db.prisma, a, product);
    const first = await startAssessment(
      a,
      lab.organizationId,
      p.id,
      new Date("2026-01-01T00:00:00Z"),
      "APPROVED",
    );
    const second = await startAssessment(a, lab.organizationId, p.id, new Date("2026-02-01T00:00:00Z"));
    const list = await listProductAssessments(db.prisma, a, p.id);
    expect(list.map((x) => [x.id, x.status, x.lab.name])).toEqual([
      [second.id, "DRAFT", lab.organizationName],
      [first.id, "APPROVED", lab.organizationName],
    ]);
    expect(await listProductAssessments(db.prisma, b, p.id)).toEqual([]);
  });

  it("records who changed a product, and refuses to change an archived one", async () => {
    const a = await makeManufacturer(db.prisma);
    const p = await createProduct(db.prisma, a, product);
    const updated = await updateProduct(db.prisma, a, p.id, {
      ...product,
      firmwareVersion: "1.1.0",
      privacyPolicyUrl: "https://example.com/p",
    });
    expect([updated.firmwareVersion, updated.privacyPolicyUrl]).toEqual(["1.1.0", "https://example.com/p"]);
    await archiveProduct(db.prisma, a, p.id);
    expect(await code(updateProduct(db.prisma, a, p.id, product))).toBe("NOT_FOUND");
    expect(await code(archiveProduct(db.prisma, a, p.id))).toBe("NOT_FOUND");
    const actions = (
      await db.prisma.auditEvent.findMany({ where: { subjectId: p.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["product.created", "product.updated", "product.archived"]);
  });
});
