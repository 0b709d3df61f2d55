import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getAssessmentForLab,
  getAssessmentForOwner,
  saveAnswer,
  startAssessment,
  submitAssessment,
} from "@/lib/db/assessments";
import { addEvidence, getEvidenceForDownload, linkEvidence, unlinkEvidence } from "@/lib/db/evidence";
import { AppError } from "@/lib/errors";
import { EVIDENCE_LIMITS } from "@/lib/evidence/limits";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";
import {
  completeDraft,
  makeDraft,
  makeProduct,
  makeSubmitted,
  PDF_BYTES,
  productInput,
} from "@/lib/testing/assessments";
import { createProduct } from "@/lib/db/products";
import type { SessionUser } from "@/lib/db/accounts";

let db: TestDb;
let maker: SessionUser;
let other: SessionUser;
let reviewer: SessionUser;
let otherReviewer: SessionUser;
beforeAll(async () => {
  db = await createTestDb();
  maker = await makeManufacturer(db.prisma);
  other = await makeManufacturer(db.prisma);
  reviewer = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
  otherReviewer = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
});
afterAll(async () => {
  await db?.drop();
});

const code = outcome;

describe(`self-assessment data functions on ${testDatabaseKind()}`, () => {
  it("starts an assessment only for the organisation's own product and a real lab", async () => {
    const product = await makeProduct(db.prisma, maker);
    expect(
      await code(
        startAssessment(db.prisma, other, {
          productId: product.id,
          labId: reviewer.organizationId,
          targetSchemes: ["US_CTM"],
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await code(
        startAssessment(db.prisma, maker, {
          productId: product.id,
          labId: other.organizationId,
          targetSchemes: ["US_CTM"],
        }),
      ),
    ).toBe("VALIDATION");
    const a = await startAssessment(db.prisma, maker, {
      productId: product.id,
      labId: reviewer.organizationId,
      targetSchemes: ["US_CTM", "US_CTM"],
    });
    const view = await getAssessmentForOwner(db.prisma, maker, a.id);
    expect(view.status).toBe("DRAFT");
    expect(view.targetSchemes).toEqual(["US_CTM"]);
    expect(view.version).toBe(1);
  });

  it("starts with the answers the product gives, for the questions the chosen schemes show", async () => {
    const product = await createProduct(db.prisma, maker, {
      ...productInput("Prefill Cam"),
      supportPeriodEnd: "2030-06-30",
      updatesAutomatic: false,
      defaultCredentials: "Printed on the label; the app forces a change at set-up.",
    });
    const us = await startAssessment(db.prisma, maker, {
      productId: product.id,
      labId: reviewer.organizationId,
      targetSchemes: ["US_CTM", "CN_CCL"],
    });
    expect((await getAssessmentForOwner(db.prisma, maker, us.id)).answers).toEqual({
      "p.category": "camera",
      "c.support.end_date": "2030-06-30",
      "c.reg.update_mode": "manual",
      "c.reg.default_password_info": "Printed on the label; the app forces a change at set-up.",
    });
    // Questions the chosen schemes do not show (US registry, China's catalogue category) are not answered either.
    const eu = await startAssessment(db.prisma, maker, {
      productId: product.id,
      labId: reviewer.organizationId,
      targetSchemes: ["EU_RED"],
    });
    const euAnswers = (await getAssessmentForOwner(db.prisma, maker, eu.id)).answers;
    expect(euAnswers["p.category"]).toBeUndefined();
    expect(euAnswers["c.reg.update_mode"]).toBeUndefined();
  });

  it("saves answers with optimistic locking: a stale write is refused and changes nothing", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
    const { version } = await saveAnswer(db.prisma, maker, {
      assessmentId: id,
      questionId: "p.consumer",
      value: true,
      expectedVersion: 1,
    });
    expect(version).toBe(2);
    const stale = saveAnswer(db.prisma, maker, {
      assessmentId: id,
      questionId: "p.consumer",
      value: false,
      expectedVersion: 1,
    });
    expect(await code(stale)).toBe("STALE");
    const view = await getAssessmentForOwner(db.prisma, maker, id);
    expect(view.answers["p.consumer"]).toBe(true);
    expect(view.version).toBe(2);
    const events = await db.prisma.auditEvent.findMany({ where: { subjectId: id, action: "answer.saved" } });
    expect(events).toHaveLength(1);
    expect(events[0]?.details).toMatchObject({ questionId: "p.consumer", from: null, to: true });
  });

  it("refuses malformed values and questions that are not in the catalog, naming them", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
    const wrongType = await saveAnswer(db.prisma, maker, {
      assessmentId: id,
      questionId: "p.consumer",
      value: "yes please",
      expectedVersion: 1,
    }).catch((e: unknown) => e);
    expect((wrongType as AppError).code).toBe("VALIDATION");
    expect((wrongType as AppError).fieldErrors?.["p.consumer"]).toBeDefined();
    const unknown = await saveAnswer(db.prisma, maker, {
      assessmentId: id,
      questionId: "c.no.such.question",
      value: true,
      expectedVersion: 1,
    }).catch((e: unknown) => e);
    expect((unknown as AppError).code).toBe("VALIDATION");
    expect((unknown as AppError).message).toContain("c.no.such.question");
    expect((await getAssessmentForOwner(db.prisma, maker, id)).version).toBe(1);
  });

  it("clears an answer with null", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
    await saveAnswer(db.prisma, maker, {
      assessmentId: id,
      questionId: "p.radio",
      value: true,
      expectedVersion: 1,
    });
    await saveAnswer(db.prisma, maker, {
      assessmentId: id,
      questionId: "p.radio",
      value: null,
      expectedVersion: 2,
    });
    expect((await getAssessmentForOwner(db.prisma, maker, id)).answers["p.radio"]).toBeUndefined();
  });

  it("refuses to submit an incomplete assessment and lists what is missing", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
    const r = await submitAssessment(db.prisma, maker, { assessmentId: id, expectedVersion: 1 });
    expect(r.submitted).toBe(false);
    if (!r.submitted)
      expect(r.missing.some((m) => m.questionId === "p.consumer" && m.reason === "unanswered")).toBe(true);
    expect((await getAssessmentForOwner(db.prisma, maker, id)).status).toBe("DRAFT");
  });

  it("requires evidence for claimed controls before submission", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId, ["US_CTM"]);
    const { version } = await completeDraft(db.prisma, maker, id);
    const view = await getAssessmentForOwner(db.prisma, maker, id);
    const file = view.evidence[0]!;
    const q = file.questionIds[0]!;
    const { deleted } = await unlinkEvidence(db.prisma, maker, {
      assessmentId: id,
      evidenceId: file.id,
      questionId: q,
    });
    expect(deleted).toBe(false);
    const r = await submitAssessment(db.prisma, maker, { assessmentId: id, expectedVersion: version });
    expect(r).toEqual({ submitted: false, missing: [{ questionId: q, reason: "evidence" }] });
    await linkEvidence(db.prisma, maker, { assessmentId: id, evidenceId: file.id, questionId: q });
    expect(await submitAssessment(db.prisma, maker, { assessmentId: id, expectedVersion: version })).toEqual({
      submitted: true,
      version: version + 1,
    });
  });

  it("a double submission makes exactly one state change; the assessment is then read-only", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId, ["US_CTM"]);
    const { version } = await completeDraft(db.prisma, maker, id);
    const results = await Promise.allSettled([
      submitAssessment(db.prisma, maker, { assessmentId: id, expectedVersion: version }),
      submitAssessment(db.prisma, maker, { assessmentId: id, expectedVersion: version }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled" && r.value.submitted);
    expect(ok).toHaveLength(1);
    const events = await db.prisma.auditEvent.findMany({
      where: { subjectId: id, action: "assessment.submitted" },
    });
    expect(events).toHaveLength(1);
    const view = await getAssessmentForOwner(db.prisma, maker, id);
    expect(view.status).toBe("SUBMITTED");
    expect(
      await code(
        saveAnswer(db.prisma, maker, {
          assessmentId: id,
          questionId: "p.radio",
          value: false,
          expectedVersion: view.version,
        }),
      ),
    ).toBe("INVALID_STATE");
    expect(
      await code(
        addEvidence(db.prisma, maker, {
          assessmentId: id,
          questionId: "c.auth.network",
          fileName: "a.pdf",
          bytes: PDF_BYTES,
        }),
      ),
    ).toBe("INVALID_STATE");
    expect(
      await code(submitAssessment(db.prisma, maker, { assessmentId: id, expectedVersion: view.version })),
    ).toBe("INVALID_STATE");
  });

  it("keeps assessments and evidence private to the organisation and the lab it was submitted to", async () => {
    const sub = await makeSubmitted(db.prisma, maker, reviewer.organizationId, ["US_CTM"]);
    const view = await getAssessmentForOwner(db.prisma, maker, sub.id);
    const fileId = view.evidence[0]!.id;
    expect(await code(getAssessmentForOwner(db.prisma, other, sub.id))).toBe("NOT_FOUND");
    expect(await code(getEvidenceForDownload(db.prisma, other, fileId))).toBe("NOT_FOUND");
    expect(await code(getAssessmentForLab(db.prisma, otherReviewer, sub.id))).toBe("NOT_FOUND");
    expect(await code(getEvidenceForDownload(db.prisma, otherReviewer, fileId))).toBe("NOT_FOUND");
    expect((await getAssessmentForLab(db.prisma, reviewer, sub.id)).id).toBe(sub.id);
    const file = await getEvidenceForDownload(db.prisma, reviewer, fileId);
    expect(Buffer.from(file.bytes).equals(Buffer.from(PDF_BYTES))).toBe(true);
    // A draft is not visible to the lab.
    const draft = await makeDraft(db.prisma, maker, reviewer.organizationId);
    expect(await code(getAssessmentForLab(db.prisma, reviewer, draft.id))).toBe("NOT_FOUND");
  });
});

describe(`evidence uploads on ${testDatabaseKind()}`, () => {
  it("stores the SHA-256 and the type detected from the content", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
    const bytes = new TextEncoder().encode("port 443 open");
    const f = await addEvidence(db.prisma, maker, {
      assessmentId: id,
      questionId: "c.auth.network",
      fileName: "scan.txt",
      bytes,
    });
    expect(f.contentType).toBe("text/plain");
    expect(f.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const json = await addEvidence(db.prisma, maker, {
      assessmentId: id,
      questionId: "c.auth.network",
      fileName: "sbom.json",
      bytes: new TextEncoder().encode('{"bom":[]}'),
    });
    expect(json.contentType).toBe("application/json");
  });

  it("refuses a disguised executable, a mismatched extension, an empty and an oversized file, and writes nothing", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
    const up = (fileName: string, bytes: Uint8Array) =>
      code(
        addEvidence(db.prisma, maker, { assessmentId: id, questionId: "c.auth.network", fileName, bytes }),
      );
    expect(await up("report.pdf", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]))).toBe(
      "UNSUPPORTED_MEDIA",
    );
    expect(await up("report.pdf", new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toBe("UNSUPPORTED_MEDIA");
    expect(await up("photo.png", PDF_BYTES)).toBe("UNSUPPORTED_MEDIA");
    expect(await up("empty.txt", new Uint8Array())).toBe("UNSUPPORTED_MEDIA");
    expect(await up("big.pdf", new Uint8Array(EVIDENCE_LIMITS.maxFileBytes + 1).fill(0x25))).toBe(
      "TOO_LARGE",
    );
    expect(await up("x.pdf", PDF_BYTES)).toBe("ok");
    expect(await db.prisma.evidenceFile.count({ where: { assessmentId: id } })).toBe(1);
  });

  it("refuses evidence for a question that is not in the catalog, and another organisation's upload", async () => {
    const { id } = await makeDraft(db.prisma, maker, reviewer.organizationId);
    expect(
      await code(
        addEvidence(db.prisma, maker, {
          assessmentId: id,
          questionId: "c.nope",
          fileName: "a.pdf",
          bytes: PDF_BYTES,
        }),
      ),
    ).toBe("VALIDATION");
    expect(
      await code(
        addEvidence(db.prisma, other, {
          assessmentId: id,
          questionId: "c.auth.network",
          fileName: "a.pdf",
          bytes: PDF_BYTES,
        }),
      ),
    ).toBe("NOT_FOUND");
  });
});
