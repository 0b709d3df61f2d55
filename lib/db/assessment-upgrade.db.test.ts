import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upgradeAssessmentCatalog } from "@/lib/db/assessment-upgrade";
import { getAssessmentForOwner } from "@/lib/db/assessments";
import { CURRENT_CATALOG_VERSION, getCatalog } from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";
import { makeDraft } from "@/lib/testing/assessments";
import type { SessionUser } from "@/lib/db/accounts";

let db: TestDb;
let maker: SessionUser;
let other: SessionUser;
let reviewer: SessionUser;
beforeAll(async () => {
  db = await createTestDb();
  maker = await makeManufacturer(db.prisma);
  other = await makeManufacturer(db.prisma);
  reviewer = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
});
afterAll(async () => {
  await db?.drop();
});

/** A draft started before 1.1.0 existed: catalog 1.0.0, with the answers of a camera that claimed N/A on replay. */
async function legacyDraft() {
  const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
  const answers = goodAnswers(getCatalog("1.0.0"));
  answers["c.com.replay"] = { status: "not_applicable", justification: "Idempotent reads only." };
  await db.prisma.assessment.update({ where: { id }, data: { catalogVersion: "1.0.0" } });
  // Answers the start prefilled from the product are replaced by this draft's own.
  await db.prisma.answer.deleteMany({ where: { assessmentId: id } });
  await db.prisma.answer.createMany({
    data: Object.entries(answers).map(([questionId, value]) => ({
      assessmentId: id,
      questionId,
      value: value as never,
      updatedById: maker.id,
    })),
  });
  // A stale N/A reason stored with a "yes" by the old questionnaire.
  await db.prisma.answer.update({
    where: { assessmentId_questionId: { assessmentId: id, questionId: "c.res.dos" } },
    data: { value: { status: "yes", justification: "old N/A reason" } },
  });
  return id;
}

describe(`catalog upgrade on ${testDatabaseKind()}`, () => {
  it("moves a 1.0.0 draft to the current catalog in one audited transaction, answers carried over by question id", async () => {
    const id = await legacyDraft();
    const before = await getAssessmentForOwner(db.prisma, maker, id);
    const r = await upgradeAssessmentCatalog(db.prisma, maker, {
      assessmentId: id,
      expectedVersion: before.version,
      toVersion: CURRENT_CATALOG_VERSION,
    });
    expect(r).toMatchObject({ catalogVersion: CURRENT_CATALOG_VERSION, version: before.version + 1 });
    const after = await getAssessmentForOwner(db.prisma, maker, id);
    expect(after.catalogVersion).toBe(CURRENT_CATALOG_VERSION);
    expect(after.answers["c.com.replay"]).toEqual({
      status: "not_applicable",
      justification: "Idempotent reads only.",
    });
    const dos = await db.prisma.answer.findUniqueOrThrow({
      where: { assessmentId_questionId: { assessmentId: id, questionId: "c.res.dos" } },
    });
    expect(dos.value).toEqual({ status: "yes" });
    const audit = await db.prisma.auditEvent.findMany({
      where: { subjectId: id, action: "assessment.catalog_upgraded" },
    });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0]?.details)).toContain("CN-2.06: FAIL → PASS");
  });

  it("is refused for another organisation, a stale version, a wrong target, a submitted assessment or twice", async () => {
    const id = await legacyDraft();
    const { version } = await getAssessmentForOwner(db.prisma, maker, id);
    const input = { assessmentId: id, expectedVersion: version, toVersion: CURRENT_CATALOG_VERSION };
    expect(await outcome(upgradeAssessmentCatalog(db.prisma, other, input))).toBe("NOT_FOUND");
    expect(
      await outcome(upgradeAssessmentCatalog(db.prisma, maker, { ...input, expectedVersion: version - 1 })),
    ).toBe("STALE");
    expect(await outcome(upgradeAssessmentCatalog(db.prisma, maker, { ...input, toVersion: "9.9.9" }))).toBe(
      "VALIDATION",
    );
    // Nothing was written by the refused attempts: the version and the catalog are unchanged.
    expect((await getAssessmentForOwner(db.prisma, maker, id)).catalogVersion).toBe("1.0.0");
    await upgradeAssessmentCatalog(db.prisma, maker, input);
    expect(
      await outcome(upgradeAssessmentCatalog(db.prisma, maker, { ...input, expectedVersion: version + 1 })),
    ).toBe("INVALID_STATE");
    const submitted = await legacyDraft();
    await db.prisma.assessment.update({ where: { id: submitted }, data: { status: "SUBMITTED" } });
    const v = (await getAssessmentForOwner(db.prisma, maker, submitted)).version;
    expect(
      await outcome(
        upgradeAssessmentCatalog(db.prisma, maker, {
          assessmentId: submitted,
          expectedVersion: v,
          toVersion: CURRENT_CATALOG_VERSION,
        }),
      ),
    ).toBe("INVALID_STATE");
  });
});
