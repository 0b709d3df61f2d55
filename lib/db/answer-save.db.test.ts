// Autosave's single-statement write (lib/db/answer-save.ts) keeps what the slower path guaranteed: every save and
// clear is in the hash-chained audit trail with the value before and after, concurrent saves at one version let
// exactly one through, and an assessment moved to another catalog is never written with a value checked against
// the old one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import { saveAnswer } from "@/lib/db/assessments";
import { verifyAuditChain } from "@/lib/db/audit-chain";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeDraft } from "@/lib/testing/assessments";
import { makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";
import type { PrismaClient } from "@/lib/generated/prisma/client";

let db: TestDb;
let maker: SessionUser;
let labId: string;
beforeAll(async () => {
  db = await createTestDb();
  maker = await makeManufacturer(db.prisma);
  labId = (await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER")).organizationId;
});
afterAll(async () => {
  await db?.drop();
});

describe(`autosave in one statement on ${testDatabaseKind()}`, () => {
  it("audits save, change and clear with from/to through the chain, which still verifies", async () => {
    const { id } = await makeDraft(db.prisma, maker, labId);
    const q = { assessmentId: id, questionId: "p.consumer" };
    expect((await saveAnswer(db.prisma, maker, { ...q, value: true, expectedVersion: 1 })).version).toBe(2);
    expect((await saveAnswer(db.prisma, maker, { ...q, value: false, expectedVersion: 2 })).version).toBe(3);
    expect((await saveAnswer(db.prisma, maker, { ...q, value: null, expectedVersion: 3 })).version).toBe(4);
    expect(await db.prisma.answer.count({ where: { assessmentId: id, questionId: "p.consumer" } })).toBe(0);
    const events = await db.prisma.auditEvent.findMany({
      where: { subjectId: id, action: { startsWith: "answer." } },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.action, e.details])).toEqual([
      ["answer.saved", { questionId: "p.consumer", from: null, to: true }],
      ["answer.saved", { questionId: "p.consumer", from: true, to: false }],
      ["answer.cleared", { questionId: "p.consumer", from: false, to: null }],
    ]);
    expect(events.every((e) => e.seq !== null && e.hash !== null)).toBe(true);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("updates the assessment and the answer in place (HOT: no index entry written), as one audited save", async () => {
    const { id } = await makeDraft(db.prisma, maker, labId);
    const q = { assessmentId: id, questionId: "p.consumer" };
    await saveAnswer(db.prisma, maker, { ...q, value: true, expectedVersion: 1 });
    const counts = await db.prisma.$transaction(async (tx) => {
      // This backend's counters (they may still hold earlier transactions' counts: the difference is this save).
      const read = async () =>
        (
          await tx.$queryRaw<Record<string, number>[]>`
          SELECT pg_stat_get_xact_tuples_updated('"Assessment"'::regclass)::int AS "assessment",
                 pg_stat_get_xact_tuples_hot_updated('"Assessment"'::regclass)::int AS "assessmentHot",
                 pg_stat_get_xact_tuples_updated('"Answer"'::regclass)::int AS "answer",
                 pg_stat_get_xact_tuples_hot_updated('"Answer"'::regclass)::int AS "answerHot",
                 pg_stat_get_xact_tuples_inserted('"AuditEvent"'::regclass)::int AS "events"`
        )[0]!;
      const before = await read();
      // A client not registered with lib/db/direct.ts sends the same statement, here on this transaction's own
      // connection.
      const r = await saveAnswer(tx as unknown as PrismaClient, maker, {
        ...q,
        value: false,
        expectedVersion: 2,
      });
      const after = await read();
      return {
        version: r.version,
        ...Object.fromEntries(Object.keys(after).map((k) => [k, after[k]! - before[k]!])),
      };
    });
    expect(counts).toEqual({
      version: 3,
      assessment: 1,
      assessmentHot: 1,
      answer: 1,
      answerHot: 1,
      events: 1,
    });
  });

  it("adds each audit event only to the indexes that a query of lib/ reads (subject, seq, chain) and its key", async () => {
    const rows = await db.prisma.$queryRaw<{ indexname: string }[]>`
      SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'AuditEvent' ORDER BY indexname`;
    expect(rows.map((r) => r.indexname)).toEqual([
      "AuditEvent_chain_chainSeq_key",
      "AuditEvent_pkey",
      "AuditEvent_seq_key",
      "AuditEvent_subjectType_subjectId_createdAt_idx",
    ]);
  });

  it("of concurrent saves at the same version exactly one is written and audited, the rest are STALE", async () => {
    const { id } = await makeDraft(db.prisma, maker, labId);
    const results = await Promise.all(
      [true, false, true, false, true].map((value) =>
        outcome(
          saveAnswer(db.prisma, maker, {
            assessmentId: id,
            questionId: "p.consumer",
            value,
            expectedVersion: 1,
          }),
        ),
      ),
    );
    expect(results.filter((r) => r === "STALE")).toHaveLength(4);
    const a = await db.prisma.assessment.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect(a.version).toBe(2);
    expect(await db.prisma.auditEvent.count({ where: { subjectId: id, action: "answer.saved" } })).toBe(1);
  });

  it("refuses a value checked against the catalog the assessment has left, and re-checks against the new one", async () => {
    const { id } = await makeDraft(db.prisma, maker, labId);
    await saveAnswer(db.prisma, maker, {
      assessmentId: id,
      questionId: "p.consumer",
      value: true,
      expectedVersion: 1,
    });
    // The per-process memory of the catalog now says 1.0.0; the row moves to a catalog that does not exist.
    await db.prisma.assessment.update({ where: { id }, data: { catalogVersion: "0.0.0-none" } });
    const r = await outcome(
      saveAnswer(db.prisma, maker, {
        assessmentId: id,
        questionId: "p.consumer",
        value: false,
        expectedVersion: 2,
      }),
    );
    expect(r).not.toBe("ok");
    const answer = await db.prisma.answer.findFirstOrThrow({
      where: { assessmentId: id, questionId: "p.consumer" },
    });
    expect(answer.value).toBe(true);
  });

  it("refuses another organisation and a submitted assessment with the same messages as before", async () => {
    const { id } = await makeDraft(db.prisma, maker, labId);
    const other = await makeManufacturer(db.prisma);
    expect(
      await outcome(
        saveAnswer(db.prisma, other, {
          assessmentId: id,
          questionId: "p.consumer",
          value: true,
          expectedVersion: 1,
        }),
      ),
    ).toBe("NOT_FOUND");
    await db.prisma.assessment.update({ where: { id }, data: { status: "SUBMITTED" } });
    expect(
      await outcome(
        saveAnswer(db.prisma, maker, {
          assessmentId: id,
          questionId: "p.consumer",
          value: true,
          expectedVersion: 1,
        }),
      ),
    ).toBe("INVALID_STATE");
  });

  it("audits the stored value as the one before when this process did not write it (another instance, an upgrade)", async () => {
    const { id } = await makeDraft(db.prisma, maker, labId);
    const q = { assessmentId: id, questionId: "p.consumer" };
    await saveAnswer(db.prisma, maker, { ...q, value: true, expectedVersion: 1 }); // this process knows: true
    // Another instance writes false (and bumps the version); then a write that bumps nothing (like an upgrade).
    await db.prisma.answer.update({
      where: { assessmentId_questionId: q },
      data: { value: false },
    });
    await db.prisma.assessment.update({ where: { id }, data: { version: 3 } });
    expect((await saveAnswer(db.prisma, maker, { ...q, value: true, expectedVersion: 3 })).version).toBe(4);
    await db.prisma.answer.update({ where: { assessmentId_questionId: q }, data: { value: false } });
    expect((await saveAnswer(db.prisma, maker, { ...q, value: null, expectedVersion: 4 })).version).toBe(5);
    // A question answered before this process ever saw it.
    await db.prisma.answer.create({
      data: { assessmentId: id, questionId: "p.medical", value: true, updatedById: maker.id },
    });
    expect(
      (
        await saveAnswer(db.prisma, maker, {
          assessmentId: id,
          questionId: "p.medical",
          value: false,
          expectedVersion: 5,
        })
      ).version,
    ).toBe(6);
    const events = await db.prisma.auditEvent.findMany({
      where: { subjectId: id, action: { startsWith: "answer." } },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.details)).toEqual([
      { questionId: "p.consumer", from: null, to: true },
      { questionId: "p.consumer", from: false, to: true },
      { questionId: "p.consumer", from: false, to: null },
      { questionId: "p.medical", from: true, to: false },
    ]);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });

  it("writes the same through a client that was not opened by openDb (Prisma's raw query instead of the driver)", async () => {
    const other = db.prisma.$extends({}) as unknown as typeof db.prisma;
    const { id } = await makeDraft(db.prisma, maker, labId);
    const q = { assessmentId: id, questionId: "p.consumer" };
    expect((await saveAnswer(other, maker, { ...q, value: true, expectedVersion: 1 })).version).toBe(2);
    expect(await outcome(saveAnswer(other, maker, { ...q, value: false, expectedVersion: 1 }))).toBe("STALE");
    expect((await saveAnswer(other, maker, { ...q, value: false, expectedVersion: 2 })).version).toBe(3);
    const events = await db.prisma.auditEvent.findMany({
      where: { subjectId: id, action: "answer.saved" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => e.details)).toEqual([
      { questionId: "p.consumer", from: null, to: true },
      { questionId: "p.consumer", from: true, to: false },
    ]);
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });
});
