// Builds assessments through the real data functions, for integration tests.
import { startAssessment, saveAnswer, submitAssessment, getAssessmentForOwner } from "@/lib/db/assessments";
import { addEvidence, linkEvidence } from "@/lib/db/evidence";
import { createProduct } from "@/lib/db/products";
import type { SessionUser } from "@/lib/db/accounts";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ZProductInput, type TProductForm } from "@/lib/products/schema";
import { planQuestionnaire } from "@/lib/questionnaire/plan";
import {
  CURRENT_CATALOG_VERSION,
  getCatalog,
  type TAnswerValue,
  type TCatalog,
  type TSchemeId,
} from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { uid } from "@/lib/testing/factories";

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A valid product form with this model name. */
export const productInput = (modelName: string) =>
  ZProductInput.parse({
    modelName,
    hardwareVersion: "1",
    firmwareVersion: "1.0.0",
    category: "camera",
    supportPeriodEnd: "2031-12-31",
    updatesAutomatic: true,
    vulnDisclosureUrl: "https://example.com/security",
  });

export async function makeProduct(db: PrismaClient, maker: SessionUser, modelName = "Test Camera") {
  return createProduct(db, maker, productInput(modelName));
}

export async function makeDraft(
  db: PrismaClient,
  maker: SessionUser,
  labId: string,
  targetSchemes: TSchemeId[] = ["EU_RED", "US_CTM", "CN_CCL"],
) {
  const product = await makeProduct(db, maker);
  const { id } = await startAssessment(db, maker, { productId: product.id, labId, targetSchemes });
  return { id, productId: product.id };
}

/** Answers every visible question well, attaches one evidence file to every claim, and returns the version. */
export async function completeDraft(
  db: PrismaClient,
  maker: SessionUser,
  assessmentId: string,
  answers: Record<string, TAnswerValue> = goodAnswers(getCatalog()),
) {
  const catalog = getCatalog();
  let version = (await getAssessmentForOwner(db, maker, assessmentId)).version;
  // Profile first, so hidden questions are skipped like in the questionnaire.
  const ordered = catalog.questions.filter((q) => answers[q.id] !== undefined);
  const view = await getAssessmentForOwner(db, maker, assessmentId);
  const given: Record<string, TAnswerValue> = {};
  for (const q of ordered) {
    const plan = planQuestionnaire(catalog, given, view.targetSchemes);
    if (q.kind === "control" && !plan.visible.has(q.id)) continue;
    ({ version } = await saveAnswer(db, maker, {
      assessmentId,
      questionId: q.id,
      value: answers[q.id],
      expectedVersion: version,
    }));
    given[q.id] = answers[q.id]!;
  }
  const needs = [...planQuestionnaire(catalog, given, view.targetSchemes).needsEvidence];
  if (needs.length) {
    const file = await addEvidence(db, maker, {
      assessmentId,
      questionId: needs[0]!,
      fileName: "technical-file.pdf",
      bytes: PDF_BYTES,
    });
    for (const q of needs.slice(1))
      await linkEvidence(db, maker, { assessmentId, evidenceId: file.id, questionId: q });
  }
  return { version, given };
}

export async function makeSubmitted(
  db: PrismaClient,
  maker: SessionUser,
  labId: string,
  targetSchemes?: TSchemeId[],
) {
  const draft = await makeDraft(db, maker, labId, targetSchemes);
  const { version, given } = await completeDraft(db, maker, draft.id);
  const r = await submitAssessment(db, maker, { assessmentId: draft.id, expectedVersion: version });
  if (!r.submitted) throw new Error(`not submittable: ${JSON.stringify(r.missing.slice(0, 5))}`);
  return { ...draft, version: r.version, given };
}

/**
 * A submitted assessment written straight as rows, for tests that need many (no per-answer round trips): good
 * answers, one evidence file linked to every claim. `status: "DRAFT"` writes the same complete draft unsubmitted,
 * for tests and seeds that then submit it through submitAssessment.
 */
export async function writeSubmitted(
  db: PrismaClient,
  maker: SessionUser,
  labId: string,
  opts: {
    schemes?: TSchemeId[];
    modelName?: string;
    submittedAt?: Date;
    status?: "DRAFT" | "SUBMITTED";
    product?: Partial<TProductForm>;
    /**
     * The answers written (default: every control answered well for the fixture camera; a label targeting UK PSTI
     * or the EU CRA needs the markets' facts too: lib/testing/answers.ts everyMarketAnswers).
     */
    answers?: (catalog: TCatalog) => Record<string, TAnswerValue>;
  } = {},
) {
  const catalog = getCatalog();
  const schemes = opts.schemes ?? ["US_CTM"];
  const answers = opts.answers ? opts.answers(catalog) : goodAnswers(catalog);
  const product = await createProduct(
    db,
    maker,
    ZProductInput.parse({ ...productInput(opts.modelName ?? `Cam ${uid()}`), ...opts.product }),
  );
  const draft = opts.status === "DRAFT";
  const a = await db.assessment.create({
    data: {
      productId: product.id,
      organizationId: maker.organizationId,
      labId,
      catalogVersion: CURRENT_CATALOG_VERSION,
      targetSchemes: schemes,
      status: draft ? "DRAFT" : "SUBMITTED",
      submittedAt: draft ? null : (opts.submittedAt ?? new Date()),
      createdById: maker.id,
      // As startAssessment does: the version and family models it covers (createProduct made their rows).
      productVersionId: (
        await db.productVersion.findUniqueOrThrow({
          where: {
            productId_hardwareVersion_firmwareVersion: {
              productId: product.id,
              hardwareVersion: product.hardwareVersion,
              firmwareVersion: product.firmwareVersion,
            },
          },
          select: { id: true },
        })
      ).id,
      models: {
        create: (
          await db.productModel.findMany({ where: { productId: product.id }, select: { id: true } })
        ).map((m) => ({ modelId: m.id })),
      },
    },
    select: { id: true, productId: true },
  });
  await db.answer.createMany({
    data: Object.entries(answers).map(([questionId, value]) => ({
      assessmentId: a.id,
      questionId,
      value: value as Prisma.InputJsonValue,
      updatedById: maker.id,
    })),
  });
  const needs = [...planQuestionnaire(catalog, answers, schemes).needsEvidence];
  const file = await db.evidenceFile.create({
    data: {
      assessmentId: a.id,
      fileName: "tech.pdf",
      contentType: "application/pdf",
      size: 10,
      sha256: "ab".repeat(32),
      bytes: Buffer.from("%PDF-1.4"),
      uploadedById: maker.id,
    },
  });
  await db.evidenceLink.createMany({
    data: needs.map((questionId) => ({ evidenceId: file.id, questionId })),
  });
  return { ...a, evidenceId: file.id };
}
