// The domain errors of lib/db reach a user through a server action in the user's language (issue 17): written with
// emsg(key, values) from messages/*/appErrors.json, they keep their English text for API answers, logs and tests,
// and `failure(err, locale)` says them in Chinese to a zh-CN caller, values included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAnswerAction, submitAssessmentAction } from "@/lib/actions/assessments";
import { claimAction } from "@/lib/actions/review";
import type { SessionUser } from "@/lib/db/accounts";
import type { Db } from "@/lib/db/connect";
import { CURRENT_CATALOG_VERSION, getCatalog } from "@/lib/schemes";
import { goodAnswers } from "@/lib/scoring/fixtures";
import { makeDraft, writeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, type TestDb } from "@/lib/testing/db";
import { makeColleague, makeManufacturer, makeOrgUser } from "@/lib/testing/factories";

let db: TestDb;
let maker: SessionUser;
let reviewer: SessionUser;
let submitted: { id: string };
let draft: { id: string };
const zh = (u: SessionUser): SessionUser => ({ ...u, locale: "zh-CN" });
const en = (u: SessionUser): SessionUser => ({ ...u, locale: "en" });
/** Any CJK ideograph. */
const HAN = /\p{Script=Han}/u;
/** A real question and a valid answer to it, so only the assessment's state can refuse the save. */
const [questionId, value] = Object.entries(goodAnswers(getCatalog()))[0]!;

beforeAll(async () => {
  db = await createTestDb();
  (globalThis as unknown as { cyberlabelDb?: Db }).cyberlabelDb = db;
  maker = await makeManufacturer(db.prisma);
  reviewer = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
  submitted = await writeSubmitted(db.prisma, maker, reviewer.organizationId);
  draft = await makeDraft(db.prisma, maker, reviewer.organizationId);
});
afterAll(async () => {
  delete (globalThis as unknown as { cyberlabelDb?: Db }).cyberlabelDb;
  await db?.drop();
});

const fail = (r: { ok: boolean }) => {
  expect(r.ok).toBe(false);
  return r as { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };
};

describe("lib/db domain errors through server actions", () => {
  it("a submitted assessment refuses edits: Chinese to a zh-CN user, English to an English one", async () => {
    const input = {
      assessmentId: submitted.id,
      questionId,
      value,
      expectedVersion: 1,
    };
    const zhAnswer = fail(await saveAnswerAction.run(zh(maker), input));
    expect(zhAnswer.code).toBe("INVALID_STATE");
    expect(zhAnswer.message).toBe("此评估已提交，无法再编辑。");
    const enAnswer = fail(await saveAnswerAction.run(en(maker), input));
    expect(enAnswer.message).toBe("This assessment has been submitted and can no longer be edited.");

    const again = fail(
      await submitAssessmentAction.run(zh(maker), { assessmentId: submitted.id, expectedVersion: 99 }),
    );
    expect(again.code).toBe("INVALID_STATE");
    expect(again.message).toBe("此评估已经提交。");
  });

  it("a message with values keeps them in the Chinese text", async () => {
    const r = fail(
      await saveAnswerAction.run(zh(maker), {
        assessmentId: draft.id,
        questionId: "zz_no_such_question",
        value: "x",
        expectedVersion: 1,
      }),
    );
    expect(r.code).toBe("VALIDATION");
    expect(r.message).toBe(`目录 ${CURRENT_CATALOG_VERSION} 中没有问题“zz_no_such_question”。`);
    const e = fail(
      await saveAnswerAction.run(en(maker), {
        assessmentId: draft.id,
        questionId: "zz_no_such_question",
        value: "x",
        expectedVersion: 1,
      }),
    );
    expect(e.message).toBe(
      `There is no question "zz_no_such_question" in catalog ${CURRENT_CATALOG_VERSION}.`,
    );
  });

  it("not found names what was not found, in Chinese", async () => {
    const r = fail(
      await saveAnswerAction.run(zh(maker), {
        assessmentId: "cm0000000000000000000000",
        questionId,
        value,
        expectedVersion: 1,
      }),
    );
    expect(r.code).toBe("NOT_FOUND");
    expect(r.message).toBe("未找到此评估。");
  });

  it("a reviewer's claim on an assessment another reviewer holds names the holder, in Chinese", async () => {
    const claimed = await claimAction.run(zh(reviewer), { assessmentId: submitted.id });
    expect(claimed.ok).toBe(true);
    const other = await makeColleague(db.prisma, reviewer, "王审核");
    const r = fail(await claimAction.run(zh(other), { assessmentId: submitted.id }));
    expect(r.code).toBe("CONFLICT");
    expect(r.message).toBe(`${reviewer.name} 已在审核此评估。`);
    expect(r.message).toMatch(HAN);
    const e = fail(await claimAction.run(en(other), { assessmentId: submitted.id }));
    expect(e.message).toBe(`${reviewer.name} is already reviewing this assessment.`);
  });
});
