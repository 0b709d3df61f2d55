import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLabAction, setLabAccreditationAction } from "@/lib/actions/admin";
import { createLab, type SessionUser } from "@/lib/db/accounts";
import { setReviewerDisabled } from "@/lib/db/admin";
import { startAssessment } from "@/lib/db/assessments";
import { approveAssessment } from "@/lib/db/labels";
import { listLabsAcceptingAssessments, setLabAccreditation } from "@/lib/db/labs";
import { getPublicLabel, toPublicRecord } from "@/lib/db/public-labels";
import { claimAssessment } from "@/lib/db/review";
import { acceptRemaining } from "@/lib/db/review-decisions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import { generateSigningKey } from "@/lib/labels/signing";
import { ZAccreditation, ZCreateLabInput, ZSetLabAccreditation } from "@/lib/labs/schema";
import { makeProduct, writeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeColleague, makeManufacturer, makeOrgUser, outcome, uid } from "@/lib/testing/factories";

let db: TestDb;
let p: PrismaClient;
const key = generateSigningKey();
const issue = { signingKeyPem: key.privateKeyPem, publicBaseUrl: "https://labels.example.test" };
beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
});
afterAll(async () => {
  await db?.drop();
});

const ACC = "DAkkS D-PL-21377-01-00 (ISO/IEC 17025:2017), scope: IoT cybersecurity testing";

describe(`lab accreditation on ${testDatabaseKind()}`, () => {
  let admin: SessionUser;
  let reviewer: SessionUser;
  let maker: SessionUser;
  beforeAll(async () => {
    admin = await makeOrgUser(p, "OPERATOR", "ADMIN");
    reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
    maker = await makeManufacturer(p);
  });

  it("is set by the admin when creating a lab, edited and cleared by the admin, each change audited", async () => {
    // The actions' schemas, then the data functions on this test database (the actions use the app's client).
    const created = await createLab(
      p,
      admin,
      ZCreateLabInput.parse({ name: `Lab ${uid()}`, country: "DE", accreditation: ACC }),
    );
    const labId = created.id;
    expect((await p.organization.findUniqueOrThrow({ where: { id: labId } })).accreditation).toBe(ACC);
    const noneYet = await createLab(
      p,
      admin,
      ZCreateLabInput.parse({ name: `Lab ${uid()}`, accreditation: "" }),
    );
    expect((await p.organization.findUniqueOrThrow({ where: { id: noneYet.id } })).accreditation).toBeNull();

    const edited = await setLabAccreditation(
      p,
      admin,
      ZSetLabAccreditation.parse({ labId, accreditation: `  ${ACC}, v2 ` }),
    );
    expect(edited).toMatchObject({ accreditation: `${ACC}, v2` });
    const cleared = await setLabAccreditation(
      p,
      admin,
      ZSetLabAccreditation.parse({ labId, accreditation: "" }),
    );
    expect(cleared).toMatchObject({ accreditation: null });
    const trail = await p.auditEvent.findMany({
      where: { subjectId: labId, action: "lab.accreditation_changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(trail.map((e) => e.details)).toEqual([
      { from: ACC, to: `${ACC}, v2` },
      { from: `${ACC}, v2`, to: null },
    ]);
  });

  it("only an admin may change it; bad text is refused naming the field; unknown labs are NOT_FOUND", async () => {
    const labId = reviewer.organizationId;
    expect(await setLabAccreditationAction.run(reviewer, { labId, accreditation: ACC })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    for (const bad of ["line\nbreak", "nul\u0000byte", "x".repeat(301), "\ud800 lone surrogate"]) {
      const r = await setLabAccreditationAction.run(admin, { labId, accreditation: bad });
      expect(r, JSON.stringify(bad)).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(r.ok ? [] : Object.keys(r.fieldErrors ?? {})).toContain("accreditation");
      const c = await createLabAction.run(admin, { name: "Lab with bad text", accreditation: bad });
      expect(c, JSON.stringify(bad)).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    expect(ZAccreditation.parse("  ")).toBeNull();
    expect(await outcome(setLabAccreditation(p, admin, { labId: "nope", accreditation: ACC }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await outcome(setLabAccreditation(p, admin, { labId: maker.organizationId, accreditation: ACC })),
    ).toBe("NOT_FOUND");
    expect((await p.organization.findUniqueOrThrow({ where: { id: labId } })).accreditation).toBeNull();
  });

  it("is frozen into the labels the lab issues: a later change leaves issued labels as they were", async () => {
    await setLabAccreditation(p, admin, { labId: reviewer.organizationId, accreditation: ACC });
    const issueOne = async () => {
      const a = await writeSubmitted(p, maker, reviewer.organizationId);
      const { version } = await claimAssessment(p, reviewer, a.id);
      const r = await acceptRemaining(p, reviewer, { assessmentId: a.id, expectedVersion: version });
      await approveAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: r.version }, issue);
      return p.label.findUniqueOrThrow({ where: { assessmentId: a.id } });
    };
    const first = await issueOne();
    const s1 = first.snapshot as unknown as TLabelSnapshot;
    expect(s1.format).toBe("cyberlabel.snapshot/3");
    expect(s1.lab).toEqual({ name: expect.any(String), country: null, accreditation: ACC });
    const row = await getPublicLabel(p, first.publicCode, { keys: [key.publicKeyPem] });
    expect(row?.integrity).toEqual({ ok: true });
    expect(toPublicRecord(row!, { baseUrl: "https://x.test" }).lab.accreditation).toBe(ACC);

    await setLabAccreditation(p, admin, { labId: reviewer.organizationId, accreditation: "Renewed 2027" });
    const again = await p.label.findUniqueOrThrow({ where: { id: first.id } });
    expect(again.snapshot).toEqual(first.snapshot);
    expect(again.digest).toBe(first.digest);
    const second = await issueOne();
    expect((second.snapshot as unknown as TLabelSnapshot).lab).toMatchObject({
      accreditation: "Renewed 2027",
    });
  });
});

describe(`labs without an active reviewer on ${testDatabaseKind()}`, () => {
  it("are not offered to manufacturers, and the server refuses to start an assessment with them", async () => {
    const admin = await makeOrgUser(p, "OPERATOR", "ADMIN");
    const maker = await makeManufacturer(p);
    const staffed = await makeOrgUser(p, "LAB", "LAB_REVIEWER", `Staffed ${uid()}`);
    const empty = await p.organization.create({ data: { name: `Empty ${uid()}`, kind: "LAB" } });
    const leaving = await makeOrgUser(p, "LAB", "LAB_REVIEWER", `Leaving ${uid()}`);
    await setReviewerDisabled(p, admin, { userId: leaving.id, disabled: true });
    const halfStaffed = await makeOrgUser(p, "LAB", "LAB_REVIEWER", `Half ${uid()}`);
    const gone = await makeColleague(p, halfStaffed);
    await setReviewerDisabled(p, admin, { userId: gone.id, disabled: true });

    const offered = (await listLabsAcceptingAssessments(p)).map((l) => l.id);
    expect(offered).toContain(staffed.organizationId);
    expect(offered).toContain(halfStaffed.organizationId);
    expect(offered).not.toContain(empty.id);
    expect(offered).not.toContain(leaving.organizationId);
    expect(offered).not.toContain(maker.organizationId);

    const product = await makeProduct(p, maker);
    const before = await p.assessment.count();
    for (const labId of [empty.id, leaving.organizationId, maker.organizationId]) {
      const err = await startAssessment(p, maker, {
        productId: product.id,
        labId,
        targetSchemes: ["US_CTM"],
      }).catch((e: unknown) => e as { code?: string; fieldErrors?: Record<string, string[]> });
      expect((err as { code?: string }).code, labId).toBe("VALIDATION");
      expect((err as { fieldErrors?: Record<string, string[]> }).fieldErrors?.labId?.[0]).toMatch(
        /active reviewer/,
      );
    }
    expect(await p.assessment.count()).toBe(before);
    await expect(
      startAssessment(p, maker, {
        productId: product.id,
        labId: staffed.organizationId,
        targetSchemes: ["US_CTM"],
      }),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });
});
