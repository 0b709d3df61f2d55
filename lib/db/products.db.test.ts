import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveProduct, createProduct, getProduct, listProducts, updateProduct } from "@/lib/db/products";
import { ZProductInput } from "@/lib/products/schema";
import { AppError } from "@/lib/errors";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer } from "@/lib/testing/factories";

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

const code = (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : "other"));

describe(`products on ${testDatabaseKind()}`, () => {
  it("belong to their organisation: another manufacturer can neither read, change nor archive them", async () => {
    const a = await makeManufacturer(db.prisma);
    const b = await makeManufacturer(db.prisma);
    const p = await createProduct(db.prisma, a, product);
    expect(p.supportPeriodEnd.toISOString().slice(0, 10)).toBe("2030-01-31");
    expect((await getProduct(db.prisma, a, p.id)).modelName).toBe("Cam 1");
    expect(await code(getProduct(db.prisma, b, p.id))).toBe("NOT_FOUND");
    expect(await code(updateProduct(db.prisma, b, p.id, { ...product, modelName: "Hijacked" }))).toBe("NOT_FOUND");
    expect(await code(archiveProduct(db.prisma, b, p.id))).toBe("NOT_FOUND");
    expect((await getProduct(db.prisma, a, p.id)).modelName).toBe("Cam 1");
    expect(await listProducts(db.prisma, b)).toEqual([]);
  });

  it("refuses links a consumer should not follow", () => {
    const r = ZProductInput.safeParse({ ...product, supportPeriodEnd: "2030-01-31", privacyPolicyUrl: "javascript:alert(1)" });
    expect(r.success).toBe(false);
  });

  it("archiving hides a product from the list and records who did it", async () => {
    const a = await makeManufacturer(db.prisma);
    const p = await createProduct(db.prisma, a, product);
    await archiveProduct(db.prisma, a, p.id);
    expect(await listProducts(db.prisma, a)).toEqual([]);
    expect((await listProducts(db.prisma, a, { includeArchived: true })).map((x) => x.id)).toEqual([p.id]);
    const events = await db.prisma.auditEvent.findMany({ where: { subjectId: p.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["product.created", a.id],
      ["product.archived", a.id],
    ]);
  });
});
