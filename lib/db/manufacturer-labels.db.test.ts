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
// The keys the integrity check on serve trusts: this test's signing key stands for the published one.
const READ = { keys: [key.publicKeyPem] };

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
    const own = await getLabelForOwner(p, maker, x.assessmentId, READ);
    expect(own).toMatchObject({
      publicCode: x.label.publicCode,
      productId: x.productId,
      schemes: ["US_CTM", "EU_RED"],
      events: [expect.objectContaining({ kind: "ISSUED", reason: null })],
      integrity: { ok: true },
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
    const [row] = (await listProductsWithLatestAssessment(p, maker, READ)).filter(
      (r) => r.id === x.productId,
    );
    expect(displayStatus(row!.assessments[0]!.status, row!.assessments[0]!.label).text).toBe(
      "Approved · label revoked",
    );
    const [a] = await listProductAssessments(p, maker, x.productId, READ);
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
    const label = (await latestLabelsOfProducts(p, maker, [x.productId], READ)).get(x.productId)!;
    expect(label.integrity).toEqual({ ok: true });
    expect(coverageChanges(product, label.covers!)).toEqual([
      { field: "firmwareVersion", covered: "1.0.0", now: "1.1.0" },
    ]);
  });

  it("a product's latest label is the one issued last", async () => {
    const first = await issued("Lumo Plug");
    const second = await issued("Lumo Plug", first.productId);
    const labels = await latestLabelsOfProducts(p, maker, [first.productId], READ);
    expect(labels.get(first.productId)?.publicCode).toBe(second.label.publicCode);
  });

  it("a label that fails its integrity check says so on every manufacturer page, not its events' state", async () => {
    const x = await issued("Lumo Hub");
    await revokeLabel(p, reviewer, { labelId: x.label.id, reason: "Recalled" });
    // Signed by a key that is not published: the same verdict as a snapshot changed in the database.
    const other = { keys: [generateSigningKey().publicKeyPem] };
    const own = await getLabelForOwner(p, maker, x.assessmentId, other);
    expect(own?.integrity).toMatchObject({ ok: false, problems: ["unknown_key"] });
    const [a] = await listProductAssessments(p, maker, x.productId, other);
    expect(displayStatus(a!.status, a!.label)).toMatchObject({
      text: "Approved · label integrity check failed",
      tone: "bad",
      label: { kind: "integrity_failed" },
    });
    const [row] = (await listProductsWithLatestAssessment(p, maker, other)).filter(
      (r) => r.id === x.productId,
    );
    expect(displayStatus(row!.assessments[0]!.status, row!.assessments[0]!.label).label?.kind).toBe(
      "integrity_failed",
    );
    // With the published key it is what its events say.
    const [b] = await listProductAssessments(p, maker, x.productId, READ);
    expect(displayStatus(b!.status, b!.label).label).toMatchObject({ kind: "revoked", reason: "Recalled" });
  });
});
