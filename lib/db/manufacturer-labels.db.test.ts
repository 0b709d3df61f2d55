import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import { approveAssessment, revokeLabel } from "@/lib/db/labels";
import { getLabelForOwner, latestLabelsOfProducts } from "@/lib/db/manufacturer-labels";
import { listProductAssessments, listProductsWithLatestAssessment, updateProduct } from "@/lib/db/products";
import { claimAssessment } from "@/lib/db/review";
import { acceptRemaining } from "@/lib/db/review-decisions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateSigningKey } from "@/lib/labels/signing";
import { coverageChanges } from "@/lib/products/label-coverage";
import { ZProductInput } from "@/lib/products/schema";
import { productInput, writeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";
import { displayStatus } from "@/lib/workflow/display-status";

let db: TestDb;
let p: PrismaClient;
let maker: SessionUser;
let reviewer: SessionUser;
const key = generateSigningKey();
const issue = { signingKeyPem: key.privateKeyPem, publicBaseUrl: "https://labels.example.test" };

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
  maker = await makeManufacturer(p);
  reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
});
afterAll(async () => {
  await db?.drop();
});

async function issued(modelName: string, productId?: string) {
  const a = productId
    ? await (async () => {
        // A second assessment of the same product: re-use writeSubmitted's rows on that product.
        const w = await writeSubmitted(p, maker, reviewer.organizationId, { modelName, schemes: ["US_CTM"] });
        await p.assessment.update({ where: { id: w.id }, data: { productId } });
        return { ...w, productId };
      })()
    : await writeSubmitted(p, maker, reviewer.organizationId, { modelName, schemes: ["US_CTM", "EU_RED"] });
  const { version } = await claimAssessment(p, reviewer, a.id);
  const r = await acceptRemaining(p, reviewer, { assessmentId: a.id, expectedVersion: version });
  const label = await approveAssessment(
    p,
    reviewer,
    { assessmentId: a.id, expectedVersion: r.version },
    issue,
  );
  return { assessmentId: a.id, productId: a.productId, label };
}

describe(`labels on the manufacturer's pages (${testDatabaseKind()})`, () => {
  it("shows the label an assessment issued, with what it covers, only to its own organisation", async () => {
    const x = await issued("Lumo Cam Outdoor");
    const own = await getLabelForOwner(p, maker, x.assessmentId);
    expect(own).toMatchObject({
      publicCode: x.label.publicCode,
      productId: x.productId,
      schemes: ["US_CTM", "EU_RED"],
      revokedAt: null,
      covers: {
        modelName: "Lumo Cam Outdoor",
        hardwareVersion: "1",
        firmwareVersion: "1.0.0",
        modelNumber: null,
      },
    });
    const other = await makeManufacturer(p);
    expect(await getLabelForOwner(p, other, x.assessmentId)).toBeNull();
    expect((await latestLabelsOfProducts(p, other, [x.productId])).size).toBe(0);
  });

  it("every list says the label's state after revocation, and the edited firmware differs from what it covers", async () => {
    const x = await issued("Lumo Doorbell");
    await revokeLabel(p, reviewer, { labelId: x.label.id, reason: "Debug shell in firmware" });
    const [row] = (await listProductsWithLatestAssessment(p, maker)).filter((r) => r.id === x.productId);
    expect(displayStatus(row!.assessments[0]!.status, row!.assessments[0]!.label).text).toBe(
      "Approved · label revoked",
    );
    const [a] = await listProductAssessments(p, maker, x.productId);
    expect(displayStatus(a!.status, a!.label)).toMatchObject({
      text: "Approved · label revoked",
      tone: "bad",
      label: { kind: "revoked", reason: "Debug shell in firmware" },
    });

    const product = await updateProduct(
      p,
      maker,
      x.productId,
      ZProductInput.parse({ ...productInput("Lumo Doorbell"), firmwareVersion: "1.1.0" }),
    );
    const label = (await latestLabelsOfProducts(p, maker, [x.productId])).get(x.productId)!;
    expect(coverageChanges(product, label.covers!)).toEqual([
      { field: "firmwareVersion", covered: "1.0.0", now: "1.1.0" },
    ]);
  });

  it("a product's latest label is the one issued last", async () => {
    const first = await issued("Lumo Plug");
    const second = await issued("Lumo Plug", first.productId);
    const labels = await latestLabelsOfProducts(p, maker, [first.productId]);
    expect(labels.get(first.productId)?.publicCode).toBe(second.label.publicCode);
  });
});
