// "Assess a new version": answers, evidence links and decisions carried over from the last approved assessment in
// one transaction; only the criteria whose answers changed go back to the lab; approval supersedes the earlier
// label with a SUPERSEDED event (and its log leaf) in the approval's transaction.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import { saveAnswer, submitAssessment } from "@/lib/db/assessments";
import { getEvidenceForDownload } from "@/lib/db/evidence";
import { approveAssessment } from "@/lib/db/labels";
import { confirmCarriedAnswers, startReassessment } from "@/lib/db/reassess";
import { claimAssessment } from "@/lib/db/review";
import { acceptRemaining, saveDecision } from "@/lib/db/review-decisions";
import { ZDecision } from "@/lib/review/schema";
import { staleDecisionMap } from "@/lib/db/review-stale";
import { addProductModel } from "@/lib/db/versions";
import { versionsOfProducts } from "@/lib/db/version-overview";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateSigningKey } from "@/lib/labels/signing";
import type { TLabelSnapshotV2 } from "@/lib/labels/snapshot-types";
import { reviewState } from "@/lib/review/criteria";
import { questionsRead } from "@/lib/review/stale";
import { getCatalog, type TSchemeId } from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { answersFromRows } from "@/lib/db/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { writeSubmitted } from "@/lib/testing/assessments";
import { makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";

let db: TestDb;
let p: PrismaClient;
const key = generateSigningKey();
const issue = { signingKeyPem: key.privateKeyPem, publicBaseUrl: "https://labels.example.test" };
const catalog = getCatalog();
const answers = goodAnswers(catalog);
const SCHEMES: TSchemeId[] = ["US_CTM"];

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
});
afterAll(async () => {
  await db?.drop();
});

// A control question some reviewed criterion reads, and a reviewed criterion that does not read it.
const base = reviewState(catalog, answers, SCHEMES, []);
const byKey = new Map(catalog.criteria.map((c) => [c.key, c]));
const isControl = (id: string) => catalog.questions.find((x) => x.id === id)?.type === "control";
const target = base.toReview.find((r) => questionsRead(byKey.get(r.key)!).some(isControl))!;
const q = questionsRead(byKey.get(target.key)!).find(isControl)!;
const readers = base.toReview.filter((r) => questionsRead(byKey.get(r.key)!).includes(q)).map((r) => r.key);

async function issuedLabel(maker: SessionUser, reviewer: SessionUser) {
  const a = await writeSubmitted(p, maker, reviewer.organizationId, {
    schemes: SCHEMES,
    product: { firmwareVersion: "2.4.1", hardwareVersion: "B" },
  });
  let { version } = await claimAssessment(p, reviewer, a.id);
  ({ version } = await acceptRemaining(p, reviewer, { assessmentId: a.id, expectedVersion: version }));
  const label = await approveAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: version }, issue);
  return { ...a, label };
}

const versionOf = async (id: string) =>
  (await p.assessment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

describe(`re-assessment of a new version on ${testDatabaseKind()}`, () => {
  let maker: SessionUser;
  let reviewer: SessionUser;
  beforeAll(async () => {
    maker = await makeManufacturer(p);
    reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  });

  it("carries answers (marked), evidence by content hash and decisions over, in one audited transaction", async () => {
    const first = await issuedLabel(maker, reviewer);
    const before = await p.label.findUniqueOrThrow({ where: { id: first.label.id } });
    const r = await startReassessment(p, maker, {
      productId: first.productId,
      firmwareVersion: "2.4.2",
      hardwareVersion: "B",
      releaseNotes: "Fixes the pairing timeout.",
    });
    const prevAnswers = await p.answer.findMany({ where: { assessmentId: first.id } });
    const next = await p.assessment.findUniqueOrThrow({
      where: { id: r.id },
      include: {
        answers: true,
        evidence: { include: { links: true } },
        decisions: true,
        productVersion: true,
        models: { include: { model: true } },
      },
    });
    expect(next.basedOnAssessmentId).toBe(first.id);
    expect(next.status).toBe("DRAFT");
    expect(next.productVersion).toMatchObject({ firmwareVersion: "2.4.2", hardwareVersion: "B" });
    expect(next.productVersion?.notes).toBe("Fixes the pairing timeout.");
    expect(next.models.map((m) => m.model.modelName)).toHaveLength(1);
    expect(next.answers).toHaveLength(prevAnswers.length);
    expect(next.answers.every((x) => x.carriedAt !== null)).toBe(true);
    expect(answersFromRows(next.catalogVersion, next.answers)).toEqual(
      answersFromRows(next.catalogVersion, prevAnswers),
    );
    // Evidence: one row per file, sharing the original's bytes by hash, linked to the same questions.
    const orig = await p.evidenceFile.findUniqueOrThrow({
      where: { id: first.evidenceId },
      include: { links: true },
    });
    expect(next.evidence).toHaveLength(1);
    const shared = next.evidence[0]!;
    expect(shared).toMatchObject({
      sharedFromId: orig.id,
      sha256: orig.sha256,
      bytes: null,
      storageKey: null,
    });
    expect(shared.links.map((l) => l.questionId).sort()).toEqual(orig.links.map((l) => l.questionId).sort());
    const download = await getEvidenceForDownload(p, maker, shared.id);
    expect(Buffer.from(download.bytes).equals(Buffer.from(orig.bytes!))).toBe(true);
    // Decisions: carried as round 0, every one of them standing while nothing changed.
    const prevDecisions = await p.reviewDecision.count({ where: { assessmentId: first.id } });
    expect(next.decisions).toHaveLength(prevDecisions);
    expect(next.decisions.every((d) => d.round === 0)).toBe(true);
    expect((await staleDecisionMap(p, r.id)).size).toBe(0);
    expect(r.carried).toEqual({ answers: prevAnswers.length, evidence: 1, decisions: prevDecisions });
    // The product now describes 2.4.2; the issued label still names 2.4.1, byte for byte.
    const product = await p.product.findUniqueOrThrow({ where: { id: first.productId } });
    expect(product.firmwareVersion).toBe("2.4.2");
    const after = await p.label.findUniqueOrThrow({ where: { id: first.label.id } });
    expect(after.snapshot).toEqual(before.snapshot);
    expect((after.snapshot as unknown as TLabelSnapshotV2).product.firmwareVersion).toBe("2.4.1");
    const audit = await p.auditEvent.findFirstOrThrow({
      where: { action: "assessment.reassessment_started", subjectId: r.id },
    });
    expect(audit.details).toMatchObject({ basedOnAssessmentId: first.id, firmwareVersion: "2.4.2" });
    // A second re-assessment of the same label while this one is open is refused, and writes nothing.
    const count = await p.assessment.count();
    expect(
      await outcome(
        startReassessment(p, maker, {
          productId: first.productId,
          firmwareVersion: "2.4.3",
          hardwareVersion: "B",
        }),
      ),
    ).toBe("INVALID_STATE");
    expect(await p.assessment.count()).toBe(count);
    expect(
      await p.productVersion.count({ where: { productId: first.productId, firmwareVersion: "2.4.3" } }),
    ).toBe(0);
  });

  it("sends back only the changed criteria; approval supersedes the earlier label in the same transaction", async () => {
    const first = await issuedLabel(maker, reviewer);
    await addProductModel(p, maker, { productId: first.productId, modelName: "Cam Mini", sku: "CM-2" });
    const { id } = await startReassessment(p, maker, {
      productId: first.productId,
      firmwareVersion: "2.4.2",
      hardwareVersion: "B",
    });
    // One changed answer, the rest confirmed as they stand.
    const changed = { status: "partial" };
    let { version } = await saveAnswer(p, maker, {
      assessmentId: id,
      questionId: q,
      value: changed,
      expectedVersion: await versionOf(id),
    });
    const row = await p.answer.findUniqueOrThrow({
      where: { assessmentId_questionId: { assessmentId: id, questionId: q } },
    });
    expect(row.carriedAt).toBeNull();
    await confirmCarriedAnswers(p, maker, { assessmentId: id });
    expect(await p.answer.count({ where: { assessmentId: id, carriedAt: { not: null } } })).toBe(0);
    const sub = await submitAssessment(p, maker, { assessmentId: id, expectedVersion: version });
    expect(sub.submitted).toBe(true);

    // The lab: only the criteria that read the changed answer are open; the carried decisions stand for the rest.
    const stale = await staleDecisionMap(p, id);
    expect([...stale.keys()].sort()).toEqual([...readers].sort());
    ({ version } = await claimAssessment(p, reviewer, id));
    const full = await p.assessment.findUniqueOrThrow({
      where: { id },
      include: { answers: true, decisions: true },
    });
    const state = reviewState(
      catalog,
      answersFromRows(full.catalogVersion, full.answers),
      SCHEMES,
      full.decisions.map((d) => ({ ...d, stale: stale.get(d.criterionKey) ?? null })),
    );
    expect(
      state.undecided.every((k) => readers.includes(k) || !full.decisions.some((d) => d.criterionKey === k)),
    ).toBe(true);
    expect(state.undecided.length).toBeLessThan(state.toReview.length / 2);
    // Approval is refused while a decision is stale, and supersedes nothing.
    expect(
      await outcome(approveAssessment(p, reviewer, { assessmentId: id, expectedVersion: version }, issue)),
    ).toBe("INVALID_STATE");
    expect(await p.labelEvent.count({ where: { labelId: first.label.id } })).toBe(1);
    // The reviewer decides each reopened criterion again (engine verdict or not: one by one).
    for (const k of [...stale.keys()]) {
      ({ version } = await saveDecision(
        p,
        reviewer,
        ZDecision.parse({ assessmentId: id, expectedVersion: version, criterionKey: k, decision: "ACCEPT" }),
      ));
    }
    expect((await staleDecisionMap(p, id)).size).toBe(0);
    const second = await approveAssessment(
      p,
      reviewer,
      { assessmentId: id, expectedVersion: version },
      issue,
    );

    const events = await p.labelEvent.findMany({
      where: { labelId: first.label.id },
      orderBy: { seq: "asc" },
      include: { logEntry: true },
    });
    expect(events.map((e) => e.kind)).toEqual(["ISSUED", "SUPERSEDED"]);
    expect(events[1]!.supersededById).toBe(second.id);
    expect(events[1]!.logEntry).not.toBeNull();
    expect(events[1]!.reason).toContain(`${second.publicCode} for firmware 2.4.2`);
    const audit = await p.auditEvent.findFirstOrThrow({
      where: { action: "label.superseded", subjectId: first.label.id },
    });
    expect(audit.details).toMatchObject({ supersededBy: second.publicCode, firmwareVersion: "2.4.2" });
    const snap = (await p.label.findUniqueOrThrow({ where: { id: second.id } }))
      .snapshot as unknown as TLabelSnapshotV2;
    expect(snap.product).toMatchObject({ firmwareVersion: "2.4.2", hardwareVersion: "B" });
    expect(snap.product.models?.map((m) => m.modelName)).toEqual([snap.product.modelName, "Cam Mini"]);
    expect(snap.product.models?.[1]?.sku).toBe("CM-2");
    expect(snap.supersedes).toEqual({
      publicCode: first.label.publicCode,
      firmwareVersion: "2.4.1",
      hardwareVersion: "B",
    });
    // The dashboard's view: 2.4.2 (current) has the valid label, 2.4.1's is superseded.
    const overview = (
      await versionsOfProducts(p, maker, [first.productId], { keys: [key.publicKeyPem] })
    ).get(first.productId)!;
    expect(
      overview.versions.map((v) => [v.firmwareVersion, v.current, v.label?.publicCode, v.label?.state.kind]),
    ).toEqual([
      ["2.4.2", true, second.publicCode, "valid"],
      ["2.4.1", false, first.label.publicCode, "superseded"],
    ]);
    expect(overview.models.map((m) => m.modelName)).toContain("Cam Mini");
    // The earlier label's snapshot is what it was.
    const old = (await p.label.findUniqueOrThrow({ where: { id: first.label.id } }))
      .snapshot as unknown as TLabelSnapshotV2;
    expect(old.product.firmwareVersion).toBe("2.4.1");
    expect(old.supersedes).toBeUndefined();
  });

  it("refuses a re-assessment of a product without a label, or of another organisation's product", async () => {
    const other = await makeManufacturer(p);
    const first = await issuedLabel(maker, reviewer);
    expect(
      await outcome(
        startReassessment(p, other, {
          productId: first.productId,
          firmwareVersion: "9",
          hardwareVersion: "B",
        }),
      ),
    ).toBe("NOT_FOUND");
    const draft = await writeSubmitted(p, maker, reviewer.organizationId, {
      schemes: SCHEMES,
      status: "DRAFT",
    });
    expect(
      await outcome(
        startReassessment(p, maker, {
          productId: draft.productId,
          firmwareVersion: "9",
          hardwareVersion: "1",
        }),
      ),
    ).toBe("INVALID_STATE");
  });
});
