import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import { claimAssessment } from "@/lib/db/review";
import { acceptRemaining } from "@/lib/db/review-decisions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { reviewState } from "@/lib/review/criteria";
import { questionsRead } from "@/lib/review/stale";
import { getCatalog } from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { writeSubmitted } from "@/lib/testing/assessments";
import { makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";

let db: TestDb;
let p: PrismaClient;
beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
});
afterAll(async () => {
  await db?.drop();
});

const catalog = getCatalog();
const byKey = new Map(catalog.criteria.map((c) => [c.key, c]));
// A US criterion that a single control answer decides: answering "no" makes the engine fail it.
const good = goodAnswers(catalog);
const target = reviewState(catalog, good, ["US_CTM"], []).toReview.find((r) => {
  const c = byKey.get(r.key)!;
  return questionsRead(c).some((q) => catalog.questions.find((x) => x.id === q)?.type === "control");
})!;
const failingQuestion = questionsRead(byKey.get(target.key)!).find(
  (q) => catalog.questions.find((x) => x.id === q)?.type === "control",
)!;

describe(`"Accept all remaining" on ${testDatabaseKind()}`, () => {
  let maker: SessionUser;
  let reviewer: SessionUser;
  beforeAll(async () => {
    maker = await makeManufacturer(p);
    reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  });

  /** Submitted and claimed, with one answer changed to "no" so that the engine fails at least one criterion. */
  async function withEngineFail() {
    const a = await writeSubmitted(p, maker, reviewer.organizationId);
    await p.answer.update({
      where: { assessmentId_questionId: { assessmentId: a.id, questionId: failingQuestion } },
      data: { value: { status: "no" } },
    });
    const { version } = await claimAssessment(p, reviewer, a.id);
    const answers = { ...good, [failingQuestion]: { status: "no" as const } };
    const state = reviewState(catalog, answers, ["US_CTM"], []);
    const failing = state.toReview.filter((r) => r.verdict === "FAIL").map((r) => r.key);
    const passing = state.toReview
      .filter((r) => r.verdict === "PASS" || r.verdict === "NOT_APPLICABLE")
      .map((r) => r.key);
    expect(failing).toContain(target.key);
    return { ...a, version, failing, passing };
  }

  it("accepts only criteria the engine passed or found not applicable; engine FAILs stay undecided", async () => {
    const a = await withEngineFail();
    const r = await acceptRemaining(p, reviewer, { assessmentId: a.id, expectedVersion: a.version });
    expect(r.accepted).toBe(a.passing.length);
    const rows = await p.reviewDecision.findMany({
      where: { assessmentId: a.id },
      select: { criterionKey: true },
    });
    expect(rows.map((x) => x.criterionKey).sort()).toEqual([...a.passing].sort());
    for (const k of a.failing) expect(rows.map((x) => x.criterionKey)).not.toContain(k);
    const audit = await p.auditEvent.findFirstOrThrow({
      where: { subjectId: a.id, action: "review.accepted_remaining" },
    });
    expect((audit.details as { criteria: string[] }).criteria.sort()).toEqual([...a.passing].sort());
  });

  it("refuses the whole request when the confirmed list names an engine FAIL, and writes nothing", async () => {
    const a = await withEngineFail();
    const events = await p.auditEvent.count({ where: { subjectId: a.id } });
    const err = await acceptRemaining(p, reviewer, {
      assessmentId: a.id,
      expectedVersion: a.version,
      criterionKeys: [...a.passing, target.key],
    }).catch((e: unknown) => e);
    expect(await outcome(Promise.reject(err))).toBe("VALIDATION");
    expect(String((err as Error).message)).toContain("fails");
    expect(await p.reviewDecision.count({ where: { assessmentId: a.id } })).toBe(0);
    expect(await p.auditEvent.count({ where: { subjectId: a.id } })).toBe(events);
    // The version was not consumed: the same page can still accept what the engine passed.
    const ok = await acceptRemaining(p, reviewer, {
      assessmentId: a.id,
      expectedVersion: a.version,
      criterionKeys: a.passing,
    });
    expect(ok.accepted).toBe(a.passing.length);
  });

  it("refuses keys that are not open criteria of this review (already decided, unknown, empty)", async () => {
    const a = await withEngineFail();
    const [first, ...rest] = a.passing;
    const once = await acceptRemaining(p, reviewer, {
      assessmentId: a.id,
      expectedVersion: a.version,
      criterionKeys: [first!],
    });
    expect(once.accepted).toBe(1);
    for (const keys of [[first!, ...rest], ["US.NOPE"], []]) {
      expect(
        await outcome(
          acceptRemaining(p, reviewer, {
            assessmentId: a.id,
            expectedVersion: once.version,
            criterionKeys: keys,
          }),
        ),
        keys.join(","),
      ).toBe("VALIDATION");
    }
    expect(await p.reviewDecision.count({ where: { assessmentId: a.id } })).toBe(1);
  });
});
