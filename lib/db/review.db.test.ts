import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as reviewActions from "@/lib/actions/review";
import type { GuardedAction } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/db/accounts";
import { getAssessmentForLab, saveAnswer, submitAssessment } from "@/lib/db/assessments";
import { listAssessmentTrail } from "@/lib/db/audit-trail";
import { approveAssessment, getLabelOfAssessment, revokeLabel } from "@/lib/db/labels";
import { updateProduct } from "@/lib/db/products";
import { claimAssessment, listQueue } from "@/lib/db/review";
import {
  acceptRemaining,
  changedSinceChangesRequested,
  rejectAssessment,
  requestChanges,
  saveDecision,
} from "@/lib/db/review-decisions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TLabelSnapshot } from "@/lib/labels/snapshot-types";
import {
  generateSigningKey,
  publicKeyFromPrivate,
  SIGNED_SNAPSHOT_FORMAT,
  verifySignedSnapshot,
  type TSignedSnapshot,
} from "@/lib/labels/signing";
import { COMMENT_MAX, ZDecision, ZQueueQuery } from "@/lib/review/schema";
import type { TSchemeId } from "@/lib/schemes";
import { actor as benchActor, seed } from "@/lib/bench/queue";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { productInput, writeSubmitted } from "@/lib/testing/assessments";
import { makeColleague, makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";
import type { z } from "zod";

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

const code = outcome;
const colleagueOf = (r: SessionUser) => makeColleague(p, r);
const submitted = (
  maker: SessionUser,
  lab: SessionUser,
  opts: { schemes?: TSchemeId[]; modelName?: string; submittedAt?: Date } = {},
) => writeSubmitted(p, maker, lab.organizationId, opts);

const versionOf = async (id: string) =>
  (await p.assessment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** Claimed and every criterion accepted: ready to approve. */
async function readyToApprove(maker: SessionUser, reviewer: SessionUser) {
  const a = await submitted(maker, reviewer);
  const { version } = await claimAssessment(p, reviewer, a.id);
  const r = await acceptRemaining(p, reviewer, { assessmentId: a.id, expectedVersion: version });
  return { ...a, version: r.version };
}

describe(`lab review on ${testDatabaseKind()}`, () => {
  let maker: SessionUser;
  let reviewer: SessionUser;
  let otherLab: SessionUser;
  beforeAll(async () => {
    maker = await makeManufacturer(p);
    reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
    otherLab = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  });

  it("concurrent claims: exactly one reviewer wins, the other gets CONFLICT", async () => {
    const a = await submitted(maker, reviewer);
    const colleague = await colleagueOf(reviewer);
    const results = await Promise.all([
      code(claimAssessment(p, reviewer, a.id)),
      code(claimAssessment(p, colleague, a.id)),
    ]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "CONFLICT")).toHaveLength(1);
    const row = await p.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.status).toBe("IN_REVIEW");
    expect([reviewer.id, colleague.id]).toContain(row.assigneeId);
    expect(await p.auditEvent.count({ where: { subjectId: a.id, action: "assessment.claimed" } })).toBe(1);
  });

  it("concurrent approvals with the same version create exactly one label", async () => {
    const a = await readyToApprove(maker, reviewer);
    const input = { assessmentId: a.id, expectedVersion: a.version };
    const results = await Promise.all([
      code(approveAssessment(p, reviewer, input, issue)),
      code(approveAssessment(p, reviewer, input, issue)),
    ]);
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(["STALE", "INVALID_STATE", "CONFLICT"]).toContain(results.find((r) => r !== "ok"));
    expect(await p.label.count({ where: { assessmentId: a.id } })).toBe(1);
    expect(await p.auditEvent.count({ where: { subjectId: a.id, action: "assessment.approved" } })).toBe(1);
  });

  it("approval requires every criterion to be decided", async () => {
    const a = await submitted(maker, reviewer);
    const { version } = await claimAssessment(p, reviewer, a.id);
    expect(
      await code(approveAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: version }, issue)),
    ).toBe("INVALID_STATE");
    expect(await p.label.count({ where: { assessmentId: a.id } })).toBe(0);
    expect((await p.assessment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("IN_REVIEW");
  });

  it("the snapshot and its digest never change after the product or the answers are edited", async () => {
    const a = await readyToApprove(maker, reviewer);
    await approveAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: a.version }, issue);
    const before = await p.label.findUniqueOrThrow({ where: { assessmentId: a.id } });
    await updateProduct(p, maker, a.productId, productInput("Renamed later"));
    await p.answer.updateMany({ where: { assessmentId: a.id }, data: { value: { status: "no" } } });
    const after = await p.label.findUniqueOrThrow({ where: { assessmentId: a.id } });
    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.digest).toBe(before.digest);
    expect((after.snapshot as unknown as TLabelSnapshot).product.modelName).not.toBe("Renamed later");
    // The database itself refuses to rewrite an issued snapshot.
    await expect(
      p.label.update({
        where: { id: before.id },
        data: { snapshot: { ...(before.snapshot as object), tampered: true } },
      }),
    ).rejects.toThrow();
    await expect(
      p.label.update({ where: { id: before.id }, data: { digest: "0".repeat(64) } }),
    ).rejects.toThrow();
    expect((await p.label.findUniqueOrThrow({ where: { id: before.id } })).digest).toBe(before.digest);
  });

  it("the signature verifies with the public key and fails after any change", async () => {
    const a = await readyToApprove(maker, reviewer);
    await approveAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: a.version }, issue);
    const label = await p.label.findUniqueOrThrow({ where: { assessmentId: a.id } });
    const pub = publicKeyFromPrivate(key.privateKeyPem);
    expect(label.keyId).toBe(pub.keyId);
    const doc: TSignedSnapshot = {
      format: SIGNED_SNAPSHOT_FORMAT,
      snapshot: label.snapshot as unknown as TLabelSnapshot,
      digest: label.digest,
      signature: { alg: "Ed25519", keyId: label.keyId, value: label.signature },
    };
    expect(verifySignedSnapshot(pub.pem, doc)).toMatchObject({ valid: true, digest: label.digest });
    const edited = structuredClone(doc);
    edited.snapshot.product.modelName = `${edited.snapshot.product.modelName} (edited)`;
    expect(verifySignedSnapshot(pub.pem, edited)).toMatchObject({ valid: false, reason: "digest_mismatch" });
    const flipped = doc.signature.value.startsWith("A")
      ? `B${doc.signature.value.slice(1)}`
      : `A${doc.signature.value.slice(1)}`;
    expect(
      verifySignedSnapshot(pub.pem, { ...doc, signature: { ...doc.signature, value: flipped } }),
    ).toMatchObject({ valid: false });
    const stranger = generateSigningKey();
    expect(verifySignedSnapshot(stranger.publicKeyPem, doc)).toMatchObject({
      valid: false,
      reason: "key_mismatch",
    });
  });

  it("a reviewer of another lab can neither see, claim, decide, approve nor revoke (NOT_FOUND)", async () => {
    const a = await submitted(maker, reviewer);
    expect(await code(getAssessmentForLab(p, otherLab, a.id))).toBe("NOT_FOUND");
    expect(await code(claimAssessment(p, otherLab, a.id))).toBe("NOT_FOUND");
    const { version } = await claimAssessment(p, reviewer, a.id);
    const decision = ZDecision.parse({
      assessmentId: a.id,
      expectedVersion: version,
      criterionKey: "US.FCC.SCOPE",
      decision: "ACCEPT",
    });
    expect(await code(saveDecision(p, otherLab, decision))).toBe("NOT_FOUND");
    expect(await code(acceptRemaining(p, otherLab, { assessmentId: a.id, expectedVersion: version }))).toBe(
      "NOT_FOUND",
    );
    expect(
      await code(approveAssessment(p, otherLab, { assessmentId: a.id, expectedVersion: version }, issue)),
    ).toBe("NOT_FOUND");
    expect(
      await code(
        rejectAssessment(p, otherLab, { assessmentId: a.id, expectedVersion: version, reason: "no" }),
      ),
    ).toBe("NOT_FOUND");
    const q = await listQueue(p, otherLab, ZQueueQuery.parse({ status: "all" }));
    expect(q.rows.map((r) => r.id)).not.toContain(a.id);
    expect(await p.reviewDecision.count({ where: { assessmentId: a.id } })).toBe(0);

    const b = await readyToApprove(maker, reviewer);
    const label = await approveAssessment(
      p,
      reviewer,
      { assessmentId: b.id, expectedVersion: b.version },
      issue,
    );
    expect(await code(revokeLabel(p, otherLab, { labelId: label.id, reason: "not mine" }))).toBe("NOT_FOUND");
    expect((await getLabelOfAssessment(p, b.id))?.events.map((e) => e.kind)).toEqual(["ISSUED"]);
  });

  it("a stale decision (the page's version is behind) is refused with STALE and writes nothing", async () => {
    const a = await submitted(maker, reviewer);
    const { version } = await claimAssessment(p, reviewer, a.id);
    const first = await saveDecision(
      p,
      reviewer,
      ZDecision.parse({
        assessmentId: a.id,
        expectedVersion: version,
        criterionKey: "US.FCC.SCOPE",
        decision: "ACCEPT",
      }),
    );
    expect(first.version).toBe(version + 1);
    const events = await p.auditEvent.count({ where: { subjectId: a.id } });
    const stale = ZDecision.parse({
      assessmentId: a.id,
      expectedVersion: version,
      criterionKey: "US.FCC.SCOPE",
      decision: "REJECT",
      comment: "late",
    });
    expect(await code(saveDecision(p, reviewer, stale))).toBe("STALE");
    expect(await code(acceptRemaining(p, reviewer, { assessmentId: a.id, expectedVersion: version }))).toBe(
      "STALE",
    );
    const row = await p.reviewDecision.findUniqueOrThrow({
      where: { assessmentId_criterionKey: { assessmentId: a.id, criterionKey: "US.FCC.SCOPE" } },
    });
    expect(row.decision).toBe("ACCEPT");
    expect(await p.reviewDecision.count({ where: { assessmentId: a.id } })).toBe(1);
    expect(await p.auditEvent.count({ where: { subjectId: a.id } })).toBe(events);
    expect(await versionOf(a.id)).toBe(version + 1);
  });

  it("actions in the wrong state are refused with INVALID_STATE", async () => {
    const a = await submitted(maker, reviewer);
    const v = await versionOf(a.id);
    // Not claimed yet: no decision, request or verdict.
    const d = ZDecision.parse({
      assessmentId: a.id,
      expectedVersion: v,
      criterionKey: "US.FCC.SCOPE",
      decision: "ACCEPT",
    });
    expect(await code(saveDecision(p, reviewer, d))).toBe("INVALID_STATE");
    expect(
      await code(
        requestChanges(p, reviewer, {
          assessmentId: a.id,
          expectedVersion: v,
          comments: [{ questionId: "p.consumer", body: "?" }],
        }),
      ),
    ).toBe("INVALID_STATE");
    expect(
      await code(approveAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: v }, issue)),
    ).toBe("INVALID_STATE");
    // Rejected: nothing more can happen to it.
    const { version } = await claimAssessment(p, reviewer, a.id);
    await rejectAssessment(p, reviewer, {
      assessmentId: a.id,
      expectedVersion: version,
      reason: "Incomplete technical file",
    });
    expect(await code(claimAssessment(p, reviewer, a.id))).toBe("INVALID_STATE");
    expect(
      await code(
        rejectAssessment(p, reviewer, { assessmentId: a.id, expectedVersion: version + 1, reason: "again" }),
      ),
    ).toBe("INVALID_STATE");
    expect((await p.assessment.findUniqueOrThrow({ where: { id: a.id } })).decisionReason).toBe(
      "Incomplete technical file",
    );
  });

  it("revoking twice is refused with INVALID_STATE; the first revocation stays", async () => {
    const a = await readyToApprove(maker, reviewer);
    const label = await approveAssessment(
      p,
      reviewer,
      { assessmentId: a.id, expectedVersion: a.version },
      issue,
    );
    await revokeLabel(p, reviewer, { labelId: label.id, reason: "Firmware recalled" });
    expect(await code(revokeLabel(p, reviewer, { labelId: label.id, reason: "again" }))).toBe(
      "INVALID_STATE",
    );
    const l = await getLabelOfAssessment(p, a.id);
    expect(l?.events.filter((e) => e.kind === "REVOKED").map((e) => e.reason)).toEqual(["Firmware recalled"]);
    const trail = await listAssessmentTrail(p, a.id);
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(["assessment.claimed", "assessment.approved", "label.issued", "label.revoked"]),
    );
    expect(trail.filter((e) => e.action === "label.revoked")).toHaveLength(1);
  });

  it("comments over the length limit are refused as invalid input", async () => {
    const long = "x".repeat(COMMENT_MAX + 1);
    const d = ZDecision.safeParse({
      assessmentId: "a1",
      expectedVersion: 1,
      criterionKey: "k",
      decision: "REJECT",
      comment: long,
    });
    expect(d.success).toBe(false);
    expect(d.error?.issues[0]?.path).toEqual(["comment"]);
    const r = await reviewActions.requestChangesAction.run(reviewer, {
      assessmentId: "a1",
      expectedVersion: 1,
      comments: [{ questionId: "p.consumer", body: long }],
    });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await reviewActions.revokeAction.run(reviewer, { labelId: "l1", reason: long })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(
      await reviewActions.rejectAction.run(reviewer, {
        assessmentId: "a1",
        expectedVersion: 1,
        reason: long,
      }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("an administrator is refused every review action but releasing/reassigning (FORBIDDEN), and nothing changes", async () => {
    const admin = await makeOrgUser(p, "OPERATOR", "ADMIN");
    const a = await readyToApprove(maker, reviewer);
    const inputs: Record<string, unknown> = {
      claimAction: { assessmentId: a.id },
      decisionAction: {
        assessmentId: a.id,
        expectedVersion: a.version,
        criterionKey: "US.FCC.SCOPE",
        decision: "ACCEPT",
      },
      acceptRemainingAction: {
        assessmentId: a.id,
        expectedVersion: a.version,
        criterionKeys: ["US.FCC.SCOPE"],
      },
      requestChangesAction: {
        assessmentId: a.id,
        expectedVersion: a.version,
        comments: [{ questionId: "p.consumer", body: "x" }],
      },
      approveAction: { assessmentId: a.id, expectedVersion: a.version },
      rejectAction: { assessmentId: a.id, expectedVersion: a.version, reason: "x" },
      revokeAction: { labelId: "some-label", reason: "x" },
    };
    // Administrators may release or reassign a claim (lib/db/review-rounds.db.test.ts), never decide.
    const adminMay = new Set(["reassignAction"]);
    const actions = Object.entries(reviewActions as Record<string, unknown>).filter(
      (e): e is [string, GuardedAction<z.ZodType, unknown>] =>
        typeof e[1] === "object" && e[1] !== null && "spec" in e[1] && !adminMay.has(e[0]),
    );
    expect(actions.map(([n]) => n).sort()).toEqual(Object.keys(inputs).sort());
    for (const [name, action] of actions) {
      expect(await action.run(admin, inputs[name]), name).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    const row = await p.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row.status).toBe("IN_REVIEW");
    expect(row.version).toBe(a.version);
    expect(await p.label.count({ where: { assessmentId: a.id } })).toBe(0);
  });

  it("a request for changes comes back to the same reviewer with the changed questions listed", async () => {
    const a = await submitted(maker, reviewer);
    const colleague = await colleagueOf(reviewer);
    const { version } = await claimAssessment(p, reviewer, a.id);
    await requestChanges(p, reviewer, {
      assessmentId: a.id,
      expectedVersion: version,
      comments: [{ questionId: "c.pw.min_length", body: "Explain the policy" }],
    });
    expect((await p.assessment.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("CHANGES_REQUESTED");
    expect(await changedSinceChangesRequested(p, a.id)).toEqual([]);
    const saved = await saveAnswer(p, maker, {
      assessmentId: a.id,
      questionId: "c.pw.min_length",
      value: 14,
      expectedVersion: await versionOf(a.id),
    });
    const sub = await submitAssessment(p, maker, { assessmentId: a.id, expectedVersion: saved.version });
    expect(sub).toMatchObject({ submitted: true });
    expect(await changedSinceChangesRequested(p, a.id)).toEqual(["c.pw.min_length"]);
    expect(await code(claimAssessment(p, colleague, a.id))).toBe("CONFLICT");
    expect(await code(claimAssessment(p, reviewer, a.id))).toBe("ok");
    const row = await p.assessment.findUniqueOrThrow({ where: { id: a.id } });
    expect(row).toMatchObject({ status: "IN_REVIEW", assigneeId: reviewer.id, round: 2 });
  });
});

describe(`the review queue on ${testDatabaseKind()}`, () => {
  let lab: SessionUser;
  let colleague: SessionUser;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    lab = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
    colleague = await colleagueOf(lab);
    const acme = await makeManufacturer(p, "Acme Gadgets");
    const zeta = await makeManufacturer(p, "Zeta Things");
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n));
    // 30 assessments: Acme's cameras (US), Zeta's hubs (EU + CN), submitted one day apart.
    for (let i = 0; i < 30; i++) {
      const maker = i % 2 === 0 ? acme : zeta;
      const name = i % 2 === 0 ? `Camera ${String(i).padStart(2, "0")}` : `Hub ${String(i).padStart(2, "0")}`;
      const a = await submitted(maker, lab, {
        modelName: name,
        schemes: i % 2 === 0 ? ["US_CTM"] : ["EU_RED", "CN_CCL"],
        submittedAt: day(i),
      });
      ids[name] = a.id;
    }
    await claimAssessment(p, lab, ids["Camera 00"]!);
    await claimAssessment(p, colleague, ids["Hub 01"]!);
    await p.assessment.update({ where: { id: ids["Camera 02"] }, data: { status: "APPROVED" } });
  });
  const q = (raw: Record<string, unknown>) => listQueue(p, lab, ZQueueQuery.parse(raw));

  it("shows the open assessments oldest first, 25 a page (keyset), with exact totals", async () => {
    const p1 = await q({});
    expect(p1.total).toBe(29);
    expect(p1.totalCapped).toBe(false);
    expect(p1.rows).toHaveLength(25);
    expect(p1.prevCursor).toBeNull();
    expect(p1.rows[0]?.product.modelName).toBe("Camera 00");
    const p2 = await q({ after: p1.nextCursor });
    expect(p2.rows).toHaveLength(4);
    expect(p2.nextCursor).toBeNull();
    const all = [...p1.rows, ...p2.rows].map((r) => r.id);
    expect(new Set(all).size).toBe(29);
    expect(all).not.toContain(ids["Camera 02"]);
    const times = [...p1.rows, ...p2.rows].map((r) => r.submittedAt!.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // Back from page 2 is page 1 again.
    expect((await q({ before: p2.prevCursor })).rows.map((r) => r.id)).toEqual(p1.rows.map((r) => r.id));
    expect((await q({ after: "no-such-assessment" })).rows).toEqual([]);
  });

  it("walks every order forwards and backwards page by page with no gap and no duplicate", async () => {
    const { QUEUE_SORTS } = await import("@/lib/review/schema");
    for (const sort of QUEUE_SORTS) {
      for (const filter of [{ status: "all" }, { status: "open", scheme: "CN_CCL" }, { q: "a" }]) {
        const full = (await listQueue(p, lab, { ...ZQueueQuery.parse({ ...filter, sort }) })).total;
        const seen: string[] = [];
        const pages: string[][] = [];
        let r = await q({ ...filter, sort });
        for (;;) {
          pages.push(r.rows.map((x) => x.id));
          seen.push(...r.rows.map((x) => x.id));
          if (!r.nextCursor) break;
          r = await q({ ...filter, sort, after: r.nextCursor });
          expect(r.total).toBe(full); // the total is of the whole queue, on every page
        }
        expect(seen.length, `${sort} ${JSON.stringify(filter)}`).toBe(full);
        expect(new Set(seen).size).toBe(full);
        // and back again, page by page, to the first page
        for (let i = pages.length - 1; i > 0; i--) {
          r = await q({ ...filter, sort, before: pages[i]![0] });
          expect(r.rows.map((x) => x.id)).toEqual(pages[i - 1]);
        }
      }
    }
  });

  it("filters by status, scheme and assignee", async () => {
    expect((await q({ status: "APPROVED" })).rows.map((r) => r.product.modelName)).toEqual(["Camera 02"]);
    expect((await q({ status: "all" })).total).toBe(30);
    expect((await q({ status: "IN_REVIEW" })).total).toBe(2);
    const us = await q({ scheme: "US_CTM" });
    expect(us.total).toBe(14);
    expect(us.rows.every((r) => r.targetSchemes.includes("US_CTM"))).toBe(true);
    expect((await q({ scheme: "CN_CCL" })).total).toBe(15);
    expect((await q({ assignee: "me" })).rows.map((r) => r.product.modelName)).toEqual(["Camera 00"]);
    expect((await q({ assignee: "unassigned" })).total).toBe(27);
    // Bad values fall back to defaults rather than failing the page.
    expect((await q({ status: "bogus", scheme: "XX", sort: "nope", after: "" })).total).toBe(29);
  });

  it("searches product and manufacturer names case-insensitively", async () => {
    expect((await q({ q: "camera 1" })).rows.map((r) => r.product.modelName)).toEqual([
      "Camera 10",
      "Camera 12",
      "Camera 14",
      "Camera 16",
      "Camera 18",
    ]);
    expect((await q({ q: "zeta" })).total).toBe(15);
    expect((await q({ q: "ZETA", scheme: "US_CTM" })).total).toBe(0);
    expect((await q({ q: "no such thing" })).rows).toEqual([]);
  });

  it("a term matching more than 500 products is searched by joining the names, with the same result", async () => {
    const before = await q({ q: "camera", status: "all", sort: "product" });
    expect(before.total).toBe(15);
    // 600 more products whose name matches (none of them assessed): the search switches to its join branch.
    const owner = await p.organization.findFirstOrThrow({ where: { name: "Acme Gadgets" } });
    await p.product.createMany({
      data: Array.from({ length: 600 }, (_, i) => ({
        organizationId: owner.id,
        modelName: `Camera spare ${String(i).padStart(3, "0")}`,
        hardwareVersion: "1",
        firmwareVersion: "1.0",
        category: "camera",
        supportPeriodEnd: new Date(Date.UTC(2031, 11, 31)),
      })),
    });
    const after = await q({ q: "camera", status: "all", sort: "product" });
    expect(after.total).toBe(15);
    expect(after.rows.map((r) => r.id)).toEqual(before.rows.map((r) => r.id));
    expect((await q({ q: "CAMERA 1", status: "all" })).rows.map((r) => r.product.modelName)).toEqual([
      "Camera 10",
      "Camera 12",
      "Camera 14",
      "Camera 16",
      "Camera 18",
    ]);
    await p.product.deleteMany({ where: { modelName: { startsWith: "Camera spare " } } });
  });

  it("sorts by product, manufacturer and newest first", async () => {
    const byProduct = (await q({ sort: "product", status: "all" })).rows.map((r) => r.product.modelName);
    expect(byProduct).toEqual([...byProduct].sort());
    expect(byProduct[0]).toBe("Camera 00");
    const byMaker = (await q({ sort: "manufacturer", status: "all" })).rows.map((r) => r.owner.name);
    expect(byMaker.slice(0, 15).every((n) => n === "Acme Gadgets")).toBe(true);
    expect((await q({ sort: "-submitted" })).rows[0]?.product.modelName).toBe("Hub 29");
  });
});

describe(`the review queue's search at 3,000 assessments on ${testDatabaseKind()}`, () => {
  // The benchmark's lab (lib/bench/queue.ts): 60 products "Model 0001"…"Model 0060", 50 manufacturers.
  beforeAll(async () => {
    await seed(p, 3000);
  });
  // Rows of "Assessment" the call read (sequential scans + heap fetches through indexes): the difference of this
  // backend's not yet reported counters, within one transaction so that they are not reported in between.
  const read = (raw: Record<string, unknown>) =>
    p.$transaction(async (tx) => {
      const counter = async () =>
        (
          await tx.$queryRaw<{ n: number }[]>`
            SELECT coalesce(sum(coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)), 0)::int AS "n"
              FROM pg_stat_xact_user_tables WHERE relname = 'Assessment'`
        )[0]!.n;
      const n0 = await counter();
      const r = await listQueue(tx, benchActor, ZQueueQuery.parse(raw));
      const rows = (await counter()) - n0;
      return { ids: r.rows.map((x) => x.id), total: r.total, capped: r.totalCapped, rows };
    });

  it("a search reads the assessments it matches, not the lab's whole queue (issue 13)", async () => {
    // The counters count: the unfiltered queue reads at least a page and its count.
    expect((await read({ status: "all" })).rows).toBeGreaterThan(1000);
    // Nothing matches: next to none of the 3,000 is read (a walk along the submission order read them all). Not
    // zero: the planner looks at an index's ends, and on a small table it may probe the lab's index (4-8 rows
    // alone, 56-94 after the file's other tests, PGlite and PostgreSQL).
    for (const sort of ["submitted", "-submitted", "product"]) {
      const none = await read({ q: "no such model", status: "all", sort });
      expect([none.ids, none.total, none.capped]).toEqual([[], 0, false]);
      expect(none.rows, sort).toBeLessThan(300);
    }
    // "Model 001x": 10 products, 500 assessments, 150 of them for China: the 500 are read once (the count needs
    // them), then the page's 26; the walk read a further ~500 rows to find a page among 3,000.
    const few = await read({ q: "model 001", scheme: "CN_CCL", status: "all" });
    expect(few.total).toBe(150);
    expect(few.ids).toHaveLength(25);
    expect(few.rows).toBeLessThanOrEqual(500 + 26 + 1);
    // Paged forwards to the end and back: every match once, in order.
    const seen: string[] = [];
    let r = await listQueue(
      p,
      benchActor,
      ZQueueQuery.parse({ q: "model 001", scheme: "CN_CCL", status: "all" }),
    );
    for (;;) {
      seen.push(...r.rows.map((x) => x.id));
      if (!r.nextCursor) break;
      r = await listQueue(
        p,
        benchActor,
        ZQueueQuery.parse({ q: "model 001", scheme: "CN_CCL", status: "all", after: r.nextCursor }),
      );
    }
    expect(new Set(seen).size).toBe(150);
    const back = await listQueue(
      p,
      benchActor,
      ZQueueQuery.parse({ q: "model 001", scheme: "CN_CCL", status: "all", before: seen[25] }),
    );
    expect(back.rows.map((x) => x.id)).toEqual(seen.slice(0, 25));
    // More matches than the count's cap: "1,000+", and the page found along the order.
    const many = await read({ q: "model 00", status: "all" });
    expect([many.total, many.capped, many.ids.length]).toEqual([1000, true, 25]);
  });
});
