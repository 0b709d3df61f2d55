// Multi-round reviews: decisions that go stale when their answers change, stuck assignments released or
// reassigned, and the time to decision measured from the first submission.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as reviewActions from "@/lib/actions/review";
import type { SessionUser } from "@/lib/db/accounts";
import { setReviewerDisabled } from "@/lib/db/admin";
import { saveAnswer, submitAssessment } from "@/lib/db/assessments";
import { linkEvidence } from "@/lib/db/evidence";
import { labStats } from "@/lib/db/lab-stats";
import { recordAudit } from "@/lib/db/audit";
import { approveAssessment } from "@/lib/db/labels";
import { claimAssessment } from "@/lib/db/review";
import { countStuckAssignments, listAssignments, reassignAssessment } from "@/lib/db/review-assign";
import { acceptRemaining, requestChanges, saveDecision } from "@/lib/db/review-decisions";
import { listDecisions } from "@/lib/db/review-stale";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateSigningKey } from "@/lib/labels/signing";
import { reviewState } from "@/lib/review/criteria";
import { ZDecision } from "@/lib/review/schema";
import { questionsRead } from "@/lib/review/stale";
import { getCatalog, type TSchemeId } from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { writeSubmitted } from "@/lib/testing/assessments";
import { makeColleague, makeManufacturer, makeOrgUser, outcome, uid } from "@/lib/testing/factories";

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

const code = outcome;
const colleagueOf = (r: SessionUser, name?: string) => makeColleague(p, r, name);

const submitted = (maker: SessionUser, lab: SessionUser) =>
  writeSubmitted(p, maker, lab.organizationId, { schemes: SCHEMES });

const versionOf = async (id: string) =>
  (await p.assessment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

// The criterion under test reads control question `q`; `other` does not read it.
const base = reviewState(catalog, answers, SCHEMES, []);
const byKey = new Map(catalog.criteria.map((c) => [c.key, c]));
const isControl = (id: string) => catalog.questions.find((x) => x.id === id)?.type === "control";
const target = base.toReview.find((r) => questionsRead(byKey.get(r.key)!).some(isControl))!;
const q = questionsRead(byKey.get(target.key)!).find(isControl)!;
const other = base.toReview.find((r) => !questionsRead(byKey.get(r.key)!).includes(q))!;

describe(`decisions across review rounds on ${testDatabaseKind()}`, () => {
  let maker: SessionUser;
  let reviewer: SessionUser;
  beforeAll(async () => {
    maker = await makeManufacturer(p);
    reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  });

  /**
   * Round 1: the reviewer overrides `target` to FAIL, accepts the rest and asks for a change to `q`. The maker saves
   * `values` for `q` in turn (and optionally edits its evidence), then resubmits; the reviewer resumes (round 2).
   */
  async function secondRound(values: unknown[], opts: { evidence?: boolean } = {}) {
    const a = await submitted(maker, reviewer);
    let { version } = await claimAssessment(p, reviewer, a.id);
    ({ version } = await saveDecision(
      p,
      reviewer,
      ZDecision.parse({
        assessmentId: a.id,
        expectedVersion: version,
        criterionKey: target.key,
        decision: "ACCEPT",
        overrideVerdict: "FAIL",
        comment: "The policy is not enforced.",
      }),
    ));
    ({ version } = await acceptRemaining(p, reviewer, { assessmentId: a.id, expectedVersion: version }));
    await requestChanges(p, reviewer, {
      assessmentId: a.id,
      expectedVersion: version,
      comments: [{ questionId: q, body: "Explain how this is enforced." }],
    });
    for (const value of values) {
      await saveAnswer(p, maker, {
        assessmentId: a.id,
        questionId: q,
        value,
        expectedVersion: await versionOf(a.id),
      });
    }
    if (opts.evidence) {
      await p.evidenceLink.deleteMany({ where: { evidenceId: a.evidenceId, questionId: q } });
      await linkEvidence(p, maker, { assessmentId: a.id, evidenceId: a.evidenceId, questionId: q });
    }
    const sub = await submitAssessment(p, maker, {
      assessmentId: a.id,
      expectedVersion: await versionOf(a.id),
    });
    expect(sub).toMatchObject({ submitted: true });
    ({ version } = await claimAssessment(p, reviewer, a.id));
    return { id: a.id, version };
  }

  const stateOf = async (id: string) => {
    const rows = await listDecisions(p, id);
    const current = await p.answer.findMany({
      where: { assessmentId: id },
      select: { questionId: true, value: true },
    });
    const given = Object.fromEntries(current.map((r) => [r.questionId, r.value])) as typeof answers;
    return { rows, state: reviewState(catalog, given, SCHEMES, rows) };
  };

  it("a decision whose answer changed is stale: undecided, override ignored, approval refused until re-decided", async () => {
    const a = await secondRound([{ status: "partial" }]);
    const { rows, state } = await stateOf(a.id);
    const t = rows.find((d) => d.criterionKey === target.key)!;
    expect(t).toMatchObject({ round: 1, overrideVerdict: "FAIL", stale: { round: 1, questions: [q] } });
    // Criteria whose answers did not change keep their round-1 decisions.
    expect(rows.find((d) => d.criterionKey === other.key)).toMatchObject({ round: 1, stale: null });
    expect(rows.filter((d) => d.stale).map((d) => d.criterionKey)).toEqual([target.key]);
    expect(state.undecided).toEqual([target.key]);
    expect(state.stale).toEqual([target.key]);
    expect(state.reviewed.criteria.find((r) => r.key === target.key)?.stage).not.toBe("override");

    expect(
      await code(approveAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: a.version }, issue)),
    ).toBe("INVALID_STATE");
    await expect(
      approveAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: a.version }, issue),
    ).rejects.toThrow("1 criterion was decided before its answers changed");
    expect(await p.label.count({ where: { assessmentId: a.id } })).toBe(0);
    expect(await versionOf(a.id)).toBe(a.version); // the refused approval changed nothing

    const { version } = await saveDecision(
      p,
      reviewer,
      ZDecision.parse({
        assessmentId: a.id,
        expectedVersion: a.version,
        criterionKey: target.key,
        decision: "ACCEPT",
      }),
    );
    const after = await stateOf(a.id);
    expect(after.rows.find((d) => d.criterionKey === target.key)).toMatchObject({ round: 2, stale: null });
    expect(after.state.undecided).toEqual([]);
    // History: both decisions stay in the audit trail, each with its round.
    const trail = await p.auditEvent.findMany({
      where: { subjectId: a.id, action: "review.decision" },
      orderBy: { createdAt: "asc" },
      select: { details: true },
    });
    expect(trail.map((e) => e.details)).toEqual([
      expect.objectContaining({ criterionKey: target.key, overrideVerdict: "FAIL", round: 1 }),
      expect.objectContaining({
        criterionKey: target.key,
        overrideVerdict: null,
        round: 2,
        replacesRound: 1,
      }),
    ]);
    const label = await approveAssessment(
      p,
      reviewer,
      { assessmentId: a.id, expectedVersion: version },
      issue,
    );
    expect(label.publicCode).toBeTruthy();
  });

  it("an answer changed and changed back keeps the decision; an evidence change makes it stale", async () => {
    const back = await secondRound([{ status: "partial" }, answers[q]]);
    expect((await stateOf(back.id)).state.undecided).toEqual([]);
    expect(
      await code(
        approveAssessment(p, reviewer, { assessmentId: back.id, expectedVersion: back.version }, issue),
      ),
    ).toBe("ok");

    const evidence = await secondRound([], { evidence: true });
    expect((await stateOf(evidence.id)).state.stale).toEqual([target.key]);
  });

  it("“accept all remaining” leaves a stale criterion the engine now fails for the reviewer to decide", async () => {
    const a = await secondRound([{ status: "partial" }]);
    expect((await stateOf(a.id)).state.stale).toEqual([target.key]);
    expect(
      await code(
        acceptRemaining(p, reviewer, {
          assessmentId: a.id,
          expectedVersion: a.version,
          criterionKeys: [target.key],
        }),
      ),
    ).toBe("VALIDATION");
    expect((await stateOf(a.id)).state.stale).toEqual([target.key]);
  });

  it("“accept all remaining” re-decides stale criteria in place and records it", async () => {
    // The evidence changed, the answer did not: stale, and the engine still passes it.
    const a = await secondRound([], { evidence: true });
    const r = await acceptRemaining(p, reviewer, { assessmentId: a.id, expectedVersion: a.version });
    expect(r.accepted).toBe(1);
    const row = await p.reviewDecision.findUniqueOrThrow({
      where: { assessmentId_criterionKey: { assessmentId: a.id, criterionKey: target.key } },
    });
    expect(row).toMatchObject({ decision: "ACCEPT", overrideVerdict: null, comment: null, round: 2 });
    expect((await stateOf(a.id)).state.undecided).toEqual([]);
    const ev = await p.auditEvent.findFirst({
      where: { subjectId: a.id, action: "review.accepted_remaining" },
      orderBy: { createdAt: "desc" },
    });
    expect(ev?.details).toMatchObject({ criteria: [target.key], replacesStale: [target.key], round: 2 });
  });
});

describe(`releasing and reassigning assessments on ${testDatabaseKind()}`, () => {
  let maker: SessionUser;
  let lead: SessionUser;
  let admin: SessionUser;
  let otherLab: SessionUser;
  beforeAll(async () => {
    maker = await makeManufacturer(p);
    lead = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
    admin = await makeOrgUser(p, "OPERATOR", "ADMIN");
    otherLab = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  });

  /** An assessment claimed by a colleague of `lead` whose account the admin then disables. */
  async function heldByDisabled() {
    const gone = await colleagueOf(lead, `Gone ${uid()}`);
    const a = await submitted(maker, lead);
    const { version } = await claimAssessment(p, gone, a.id);
    await setReviewerDisabled(p, admin, { userId: gone.id, disabled: true });
    return { id: a.id, version, gone };
  }

  it("a reviewer of the lab takes over an assessment held by a disabled colleague, audited", async () => {
    const a = await heldByDisabled();
    expect(await countStuckAssignments(p, lead)).toBeGreaterThanOrEqual(1);
    expect((await listAssignments(p, lead, { all: false })).rows.map((r) => r.id)).toContain(a.id);
    const r = await reassignAssessment(p, lead, {
      assessmentId: a.id,
      expectedVersion: a.version,
      assigneeId: lead.id,
    });
    expect(r).toMatchObject({ version: a.version + 1, status: "IN_REVIEW", assignee: { id: lead.id } });
    const row = await p.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "IN_REVIEW", assigneeId: lead.id, version: a.version + 1 });
    const ev = await p.auditEvent.findFirstOrThrow({
      where: { subjectId: a.id, action: "assessment.reassigned" },
    });
    expect(ev).toMatchObject({
      actorId: lead.id,
      details: {
        from: "IN_REVIEW",
        to: "IN_REVIEW",
        previousAssigneeId: a.gone.id,
        previousAssigneeDisabled: true,
        assigneeId: lead.id,
      },
    });
    // The new assignee can now decide.
    expect(
      await code(
        saveDecision(
          p,
          lead,
          ZDecision.parse({
            assessmentId: a.id,
            expectedVersion: r.version,
            criterionKey: other.key,
            decision: "ACCEPT",
          }),
        ),
      ),
    ).toBe("ok");
    expect((await listAssignments(p, lead, { all: false })).rows.map((x) => x.id)).not.toContain(a.id);
  });

  it("a reviewer cannot move an active colleague's assessment, nor another lab's; nothing changes", async () => {
    const active = await colleagueOf(lead);
    const a = await submitted(maker, lead);
    const { version } = await claimAssessment(p, active, a.id);
    const input = { assessmentId: a.id, expectedVersion: version, assigneeId: lead.id };
    expect(await code(reassignAssessment(p, lead, input))).toBe("FORBIDDEN");
    expect(await code(reassignAssessment(p, lead, { ...input, assigneeId: null }))).toBe("FORBIDDEN");
    const stuck = await heldByDisabled();
    expect(
      await code(
        reassignAssessment(p, otherLab, {
          assessmentId: stuck.id,
          expectedVersion: stuck.version,
          assigneeId: null,
        }),
      ),
    ).toBe("NOT_FOUND");
    expect((await listAssignments(p, otherLab, { all: false })).rows.map((r) => r.id)).not.toContain(
      stuck.id,
    );
    const row = await p.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ assigneeId: active.id, version });
    expect(
      await p.auditEvent.count({
        where: { subjectId: { in: [a.id, stuck.id] }, action: { startsWith: "assessment.re" } },
      }),
    ).toBe(0);
  });

  it("the new assignee must be an active reviewer of the same lab; the version must be current", async () => {
    const a = await heldByDisabled();
    const disabled = await colleagueOf(lead);
    await setReviewerDisabled(p, admin, { userId: disabled.id, disabled: true });
    const base = { assessmentId: a.id, expectedVersion: a.version };
    expect(await code(reassignAssessment(p, lead, { ...base, assigneeId: otherLab.id }))).toBe("VALIDATION");
    expect(await code(reassignAssessment(p, lead, { ...base, assigneeId: disabled.id }))).toBe("VALIDATION");
    expect(await code(reassignAssessment(p, lead, { ...base, assigneeId: a.gone.id }))).toBe("VALIDATION");
    expect(await code(reassignAssessment(p, lead, { ...base, assigneeId: maker.id }))).toBe("VALIDATION");
    expect(
      await code(reassignAssessment(p, lead, { ...base, expectedVersion: a.version - 1, assigneeId: null })),
    ).toBe("STALE");
    expect((await p.assessment.findUniqueOrThrow({ where: { id: a.id } })).assigneeId).toBe(a.gone.id);
  });

  it("concurrent releases: exactly one wins", async () => {
    const a = await heldByDisabled();
    const colleague = await colleagueOf(lead);
    const input = { assessmentId: a.id, expectedVersion: a.version, assigneeId: null };
    const results = await Promise.all([
      code(reassignAssessment(p, lead, input)),
      code(reassignAssessment(p, colleague, input)),
    ]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(await p.auditEvent.count({ where: { subjectId: a.id, action: "assessment.released" } })).toBe(1);
  });

  it("an administrator releases any lab's assessment to the queue", async () => {
    const active = await colleagueOf(lead);
    const a = await submitted(maker, lead);
    const { version } = await claimAssessment(p, active, a.id);
    expect((await listAssignments(p, admin, { all: false })).rows.map((r) => r.id)).not.toContain(a.id);
    expect((await listAssignments(p, admin, { all: true })).rows.map((r) => r.id)).toContain(a.id);
    // The guarded action lets administrators through (its database is the app's, so only the guard is run here).
    expect(reviewActions.reassignAction.spec.roles).toEqual(["LAB_REVIEWER", "ADMIN"]);
    const r = await reassignAssessment(p, admin, {
      assessmentId: a.id,
      expectedVersion: version,
      assigneeId: null,
    });
    expect(r).toMatchObject({ status: "SUBMITTED", assignee: null });
    const row = await p.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "SUBMITTED", assigneeId: null, claimedAt: null });
    expect(
      await p.auditEvent.findFirst({ where: { subjectId: a.id, action: "assessment.released" } }),
    ).toMatchObject({
      actorId: admin.id,
      details: { from: "IN_REVIEW", to: "SUBMITTED", previousAssigneeId: active.id, assigneeId: null },
    });
    // Back in the queue: any reviewer of the lab can claim it.
    expect(await code(claimAssessment(p, lead, a.id))).toBe("ok");
    // Still no deciding for administrators, and no moving of unassigned or finished assessments.
    expect(await reviewActions.claimAction.run(admin, { assessmentId: a.id })).toMatchObject({
      code: "FORBIDDEN",
    });
    const maker2 = await reviewActions.reassignAction.run(maker, {
      assessmentId: a.id,
      expectedVersion: 1,
      assigneeId: null,
    });
    expect(maker2).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const fresh = await submitted(maker, lead);
    expect(
      await code(
        reassignAssessment(p, admin, { assessmentId: fresh.id, expectedVersion: 1, assigneeId: lead.id }),
      ),
    ).toBe("INVALID_STATE");
  });

  it("released while changes are requested, the resubmission goes to the queue for anyone", async () => {
    const gone = await colleagueOf(lead);
    const a = await submitted(maker, lead);
    const { version } = await claimAssessment(p, gone, a.id);
    await requestChanges(p, gone, {
      assessmentId: a.id,
      expectedVersion: version,
      comments: [{ questionId: q, body: "Explain." }],
    });
    await setReviewerDisabled(p, admin, { userId: gone.id, disabled: true });
    const colleague = await colleagueOf(lead);
    expect(await code(claimAssessment(p, colleague, a.id))).toBe("CONFLICT"); // stuck with the disabled reviewer
    await reassignAssessment(p, lead, {
      assessmentId: a.id,
      expectedVersion: await versionOf(a.id),
      assigneeId: null,
    });
    expect(await p.assessment.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({
      status: "CHANGES_REQUESTED",
      assigneeId: null,
    });
    await submitAssessment(p, maker, { assessmentId: a.id, expectedVersion: await versionOf(a.id) });
    expect(await code(claimAssessment(p, colleague, a.id))).toBe("ok");
  });
});

describe(`median time to decision on ${testDatabaseKind()}`, () => {
  it("runs from the first submission, not the last resubmission", async () => {
    const maker = await makeManufacturer(p);
    const reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
    const h = (n: number) => new Date(Date.UTC(2026, 2, 1) + n * 3_600_000);
    // Two rounds: first submitted at 0 h, resubmitted at 40 h, decided at 50 h → 50 h, not 10 h.
    const multi = await submitted(maker, reviewer);
    await p.assessment.update({
      where: { id: multi.id },
      data: { status: "APPROVED", submittedAt: h(40), decidedAt: h(50) },
    });
    for (const [action, createdAt] of [
      ["assessment.submitted", h(0)],
      ["assessment.resubmitted", h(40)],
    ] as const)
      await recordAudit(p, {
        actorId: null,
        action,
        subjectType: "assessment",
        subjectId: multi.id,
        createdAt,
      });
    // One round without an audit trail (imported data): submittedAt is used, 0 h → 20 h.
    const single = await submitted(maker, reviewer);
    await p.assessment.update({
      where: { id: single.id },
      data: { status: "REJECTED", submittedAt: h(0), decidedAt: h(20) },
    });
    // Decided three times as fast as the first: 0 h → 2 h... median of [50, 20, 2] is 20.
    const quick = await submitted(maker, reviewer);
    await p.assessment.update({
      where: { id: quick.id },
      data: { status: "APPROVED", submittedAt: h(0), decidedAt: h(2) },
    });
    const stats = await labStats(p, reviewer);
    expect(stats.decided).toBe(3);
    expect(stats.medianDecisionHours).toBe(20);

    // The real submission path records the event the statistic reads.
    const real = await submitted(maker, reviewer);
    await p.assessment.update({ where: { id: real.id }, data: { status: "DRAFT" } });
    await submitAssessment(p, maker, { assessmentId: real.id, expectedVersion: await versionOf(real.id) });
    const first = await p.auditEvent.findFirstOrThrow({
      where: { subjectId: real.id, action: "assessment.submitted" },
      select: { createdAt: true },
    });
    const at = (n: number) => new Date(first.createdAt.getTime() + n * 3_600_000);
    await p.assessment.update({ where: { id: real.id }, data: { submittedAt: at(90), decidedAt: at(100) } });
    const four = await labStats(p, reviewer);
    expect(four.decided).toBe(4);
    expect(four.medianDecisionHours).toBe(35); // [2, 20, 50, 100]
  });
});
