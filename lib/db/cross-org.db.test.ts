// Cross-organisation writes: a member of another organisation who knows (or guesses) the first one's ids is
// refused by every self-assessment data function, as "not found", and nothing changes in the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAssessmentForOwner, saveAnswer, startAssessment, submitAssessment } from "@/lib/db/assessments";
import { addEvidence, linkEvidence, unlinkEvidence } from "@/lib/db/evidence";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";
import { completeDraft, makeDraft, makeProduct, PDF_BYTES } from "@/lib/testing/assessments";
import type { SessionUser } from "@/lib/db/accounts";

let db: TestDb;
let maker: SessionUser;
let other: SessionUser;
let reviewer: SessionUser;
/** The first organisation's complete, submittable draft: only the organisation check can stop a submit. */
let target: { id: string; productId: string; version: number; fileId: string; linkedTo: string[] };
/** A draft of the second organisation, to try pulling the first one's evidence into. */
let ownDraftOfOther: string;

beforeAll(async () => {
  db = await createTestDb();
  maker = await makeManufacturer(db.prisma, "First Devices");
  other = await makeManufacturer(db.prisma, "Second Devices");
  reviewer = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
  const draft = await makeDraft(db.prisma, maker, reviewer.organizationId, ["US_CTM"]);
  const { version } = await completeDraft(db.prisma, maker, draft.id);
  const view = await getAssessmentForOwner(db.prisma, maker, draft.id);
  const file = view.evidence[0];
  if (!file || file.questionIds.length === 0) throw new Error("the draft should carry linked evidence");
  target = { ...draft, version, fileId: file.id, linkedTo: file.questionIds };
  ownDraftOfOther = (await makeDraft(db.prisma, other, reviewer.organizationId, ["US_CTM"])).id;
});
afterAll(async () => {
  await db?.drop();
});

const code = outcome;

/** Everything a refused call could have touched: the first organisation's rows, and the global row counts. */
async function snapshot() {
  const p = db.prisma;
  const assessment = await p.assessment.findUniqueOrThrow({
    where: { id: target.id },
    select: { status: true, version: true, round: true, submittedAt: true, updatedAt: true },
  });
  const answers = await p.answer.findMany({
    where: { assessmentId: target.id },
    orderBy: { questionId: "asc" },
    select: { questionId: true, value: true, updatedAt: true, updatedById: true },
  });
  const evidence = await p.evidenceFile.findMany({
    where: { assessmentId: { in: [target.id, ownDraftOfOther] } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      assessmentId: true,
      sha256: true,
      links: { orderBy: { questionId: "asc" }, select: { questionId: true } },
    },
  });
  const counts = {
    assessments: await p.assessment.count(),
    products: await p.product.count(),
    answers: await p.answer.count(),
    evidence: await p.evidenceFile.count(),
    links: await p.evidenceLink.count(),
    audit: await p.auditEvent.count(),
  };
  return { assessment, answers, evidence, counts };
}

/** Runs the call, expects it refused as NOT_FOUND, and expects the database unchanged. */
async function expectRefused(call: () => Promise<unknown>) {
  const before = await snapshot();
  expect(await code(call())).toBe("NOT_FOUND");
  expect(await snapshot()).toEqual(before);
}

describe(`a second manufacturer against the first one's ids on ${testDatabaseKind()}`, () => {
  it("cannot start an assessment of the first organisation's product", async () => {
    await expectRefused(() =>
      startAssessment(db.prisma, other, {
        productId: target.productId,
        labId: reviewer.organizationId,
        targetSchemes: ["US_CTM"],
      }),
    );
  });

  it("cannot save or clear an answer, even with the current version", async () => {
    await expectRefused(() =>
      saveAnswer(db.prisma, other, {
        assessmentId: target.id,
        questionId: "p.consumer",
        value: false,
        expectedVersion: target.version,
      }),
    );
    await expectRefused(() =>
      saveAnswer(db.prisma, other, {
        assessmentId: target.id,
        questionId: "p.consumer",
        value: null,
        expectedVersion: target.version,
      }),
    );
  });

  it("cannot submit the first organisation's complete draft, even with the current version", async () => {
    await expectRefused(() =>
      submitAssessment(db.prisma, other, { assessmentId: target.id, expectedVersion: target.version }),
    );
  });

  it("cannot link or unlink the first organisation's evidence", async () => {
    await expectRefused(() =>
      linkEvidence(db.prisma, other, {
        assessmentId: target.id,
        evidenceId: target.fileId,
        questionId: "c.auth.network",
      }),
    );
    await expectRefused(() =>
      unlinkEvidence(db.prisma, other, {
        assessmentId: target.id,
        evidenceId: target.fileId,
        questionId: target.linkedTo[0]!,
      }),
    );
  });

  it("cannot pull the first organisation's evidence into its own draft, or detach it from there", async () => {
    await expectRefused(() =>
      linkEvidence(db.prisma, other, {
        assessmentId: ownDraftOfOther,
        evidenceId: target.fileId,
        questionId: "c.auth.network",
      }),
    );
    await expectRefused(() =>
      unlinkEvidence(db.prisma, other, {
        assessmentId: ownDraftOfOther,
        evidenceId: target.fileId,
        questionId: target.linkedTo[0]!,
      }),
    );
  });

  it("cannot upload evidence to the first organisation's assessment", async () => {
    await expectRefused(() =>
      addEvidence(db.prisma, other, {
        assessmentId: target.id,
        questionId: target.linkedTo[0]!,
        fileName: "planted.pdf",
        bytes: PDF_BYTES,
      }),
    );
  });

  it("a lab reviewer is refused the manufacturer's writes too", async () => {
    await expectRefused(() =>
      saveAnswer(db.prisma, reviewer, {
        assessmentId: target.id,
        questionId: "p.consumer",
        value: false,
        expectedVersion: target.version,
      }),
    );
    await expectRefused(() =>
      submitAssessment(db.prisma, reviewer, { assessmentId: target.id, expectedVersion: target.version }),
    );
    await expectRefused(() =>
      unlinkEvidence(db.prisma, reviewer, {
        assessmentId: target.id,
        evidenceId: target.fileId,
        questionId: target.linkedTo[0]!,
      }),
    );
  });

  it("while the owner can still do all of it: the refusals were about the organisation, not the data", async () => {
    const product = await makeProduct(db.prisma, other);
    expect(
      await code(
        startAssessment(db.prisma, other, {
          productId: product.id,
          labId: reviewer.organizationId,
          targetSchemes: ["US_CTM"],
        }),
      ),
    ).toBe("ok");
    expect(
      await code(
        linkEvidence(db.prisma, maker, {
          assessmentId: target.id,
          evidenceId: target.fileId,
          questionId: "c.auth.network",
        }),
      ),
    ).toBe("ok");
    const { version } = await saveAnswer(db.prisma, maker, {
      assessmentId: target.id,
      questionId: "p.consumer",
      value: true,
      expectedVersion: target.version,
    });
    const r = await submitAssessment(db.prisma, maker, { assessmentId: target.id, expectedVersion: version });
    expect(r.submitted).toBe(true);
  });
});
