import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import { submitAssessment } from "@/lib/db/assessments";
import { approveAssessment, revokeLabel } from "@/lib/db/labels";
import { claimAssessment } from "@/lib/db/review";
import { acceptRemaining, rejectAssessment, requestChanges } from "@/lib/db/review-decisions";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { generateSigningKey } from "@/lib/labels/signing";
import { writeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeColleague, makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";
import { makeIssuedLabel } from "@/lib/testing/labels";
import { notify } from "./notify";
import { EXPIRY_REMINDER_DAYS, remindExpiringLabels } from "./reminders";

let db: TestDb;
let p: PrismaClient;
let maker: SessionUser;
let makerColleague: SessionUser;
let reviewer: SessionUser;
let reviewer2: SessionUser;
let disabledReviewer: SessionUser;
const key = generateSigningKey();
const issue = { signingKeyPem: key.privateKeyPem, publicBaseUrl: "https://labels.example.test" };

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
  maker = await makeManufacturer(p);
  makerColleague = await makeColleague(p, maker);
  reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  reviewer2 = await makeColleague(p, reviewer);
  disabledReviewer = await makeColleague(p, reviewer);
  await p.user.update({ where: { id: disabledReviewer.id }, data: { disabledAt: new Date() } });
});
afterAll(async () => {
  await db?.drop();
});

const rowsOf = (assessmentId: string) =>
  p.notification.findMany({
    where: { assessmentId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { mail: true, user: { select: { email: true } } },
  });

const versionOf = async (id: string) =>
  (await p.assessment.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function submittedDraft(modelName: string) {
  const a = await writeSubmitted(p, maker, reviewer.organizationId, { status: "DRAFT", modelName });
  const r = await submitAssessment(p, maker, { assessmentId: a.id, expectedVersion: await versionOf(a.id) });
  expect(r.submitted).toBe(true);
  return a.id;
}

describe(`notifications are written with their event, in one transaction (${testDatabaseKind()})`, () => {
  it("walks the journey: submitted → changes requested → resubmitted → approved → revoked", async () => {
    const id = await submittedDraft("Lumo Cam Outdoor");
    let rows = await rowsOf(id);
    // Submitted: every active reviewer of the lab, never the disabled one, and nobody at the manufacturer.
    expect(rows.map((r) => r.userId).sort()).toEqual([reviewer.id, reviewer2.id].sort());
    expect(rows[0]).toMatchObject({
      event: "ASSESSMENT_SUBMITTED",
      title: "Lumo Cam Outdoor submitted for review",
      link: `/review/${id}`,
      readAt: null,
      mail: { status: "PENDING", attempts: 0, subject: "Lumo Cam Outdoor submitted for review" },
    });
    expect(rows.map((r) => r.mail?.toAddress).sort()).toEqual([reviewer.email, reviewer2.email].sort());
    // Every mail links to the app page concerned, at the public address, and carries no secret.
    expect(rows[0]!.mail!.text).toContain(`http://localhost:3000/review/${id}`);
    expect(rows[0]!.mail!.text).not.toMatch(/password|token|secret/i);

    const { version } = await claimAssessment(p, reviewer, id);
    await requestChanges(p, reviewer, {
      assessmentId: id,
      expectedVersion: version,
      comments: [
        { questionId: "p.radio", body: "Which radios exactly? Internal detail, not for mails." },
        { questionId: "p.radio", body: "And the band." },
      ],
    });
    rows = (await rowsOf(id)).filter((r) => r.event === "CHANGES_REQUESTED");
    expect(rows.map((r) => r.userId).sort()).toEqual([maker.id, makerColleague.id].sort());
    expect(rows[0]!.body).toContain("1 question of the assessment of Lumo Cam Outdoor");
    expect(rows[0]!.link).toBe(`/assessments/${id}`);
    expect(rows[0]!.mail!.text).not.toContain("Internal detail"); // comments stay behind the sign-in

    const re = await submitAssessment(p, maker, { assessmentId: id, expectedVersion: await versionOf(id) });
    expect(re.submitted).toBe(true);
    rows = (await rowsOf(id)).filter((r) => r.event === "ASSESSMENT_SUBMITTED");
    // The resubmission goes back to the reviewer who asked for the changes only.
    expect(rows.filter((r) => r.title.includes("resubmitted")).map((r) => r.userId)).toEqual([reviewer.id]);

    const claimed = await claimAssessment(p, reviewer, id);
    const accepted = await acceptRemaining(p, reviewer, {
      assessmentId: id,
      expectedVersion: claimed.version,
    });
    const label = await approveAssessment(
      p,
      reviewer,
      { assessmentId: id, expectedVersion: accepted.version },
      issue,
    );
    rows = (await rowsOf(id)).filter((r) => r.event === "LABEL_ISSUED");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ labelId: label.id, link: `/assessments/${id}#label` });
    expect(rows[0]!.body).toContain(label.publicCode);

    await revokeLabel(p, reviewer, { labelId: label.id, reason: "Firmware ships a debug shell." });
    rows = (await rowsOf(id)).filter((r) => r.event === "LABEL_REVOKED");
    expect(rows).toHaveLength(2);
    expect(rows[0]!.title).toBe(`Label ${label.publicCode} of Lumo Cam Outdoor revoked`);
    expect(rows[0]!.mail!.text).toContain("Reason: Firmware ships a debug shell.");
  });

  it("a rejection tells the manufacturer without quoting the reason", async () => {
    const id = await submittedDraft("Lumo Plug");
    const { version } = await claimAssessment(p, reviewer, id);
    await rejectAssessment(p, reviewer, {
      assessmentId: id,
      expectedVersion: version,
      reason: "Secret lab notes",
    });
    const rows = (await rowsOf(id)).filter((r) => r.event === "ASSESSMENT_REJECTED");
    expect(rows.map((r) => r.userId).sort()).toEqual([maker.id, makerColleague.id].sort());
    expect(rows[0]!.mail!.text).not.toContain("Secret lab notes");
  });

  it("an event whose transaction fails leaves no notification and no mail", async () => {
    const a = await writeSubmitted(p, maker, reviewer.organizationId, { status: "DRAFT" });
    const before = await p.outboxMail.count();
    const failed = p.$transaction(async (tx) => {
      await notify(tx, { event: "ASSESSMENT_SUBMITTED", assessmentId: a.id, resubmitted: false });
      throw new Error("the event's own write failed");
    });
    await expect(failed).rejects.toThrow("the event's own write failed");
    expect(await p.outboxMail.count()).toBe(before);
    expect(await rowsOf(a.id)).toEqual([]);
    // A refused approval (here: a stale version) writes none either.
    const id = await submittedDraft("Lumo Bulb");
    const { version } = await claimAssessment(p, reviewer, id);
    expect(
      await outcome(
        approveAssessment(p, reviewer, { assessmentId: id, expectedVersion: version + 5 }, issue),
      ),
    ).toBe("STALE");
    expect((await rowsOf(id)).filter((r) => r.event === "LABEL_ISSUED")).toEqual([]);
  });
});

describe("expiry reminders", () => {
  it("remind once per label and member, 60 days ahead, only for labels still valid", async () => {
    const now = new Date();
    const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000).toISOString();
    const soon = await makeIssuedLabel(p, { validUntil: inDays(EXPIRY_REMINDER_DAYS - 5) });
    const later = await makeIssuedLabel(p, { validUntil: inDays(EXPIRY_REMINDER_DAYS + 30) });
    const revokedSoon = await makeIssuedLabel(p, {
      validUntil: inDays(10),
      revoked: { at: new Date(now.getTime() - 3_600_000), reason: "Recalled" },
    });
    const gone = await makeIssuedLabel(p, { issuedAt: inDays(-400), validUntil: inDays(-1) });

    await remindExpiringLabels(p, now);
    const reminded = await p.notification.findMany({
      where: { event: "LABEL_EXPIRING" },
      include: { mail: true },
    });
    expect(reminded.map((n) => n.labelId)).toEqual([soon.ids.labelId]);
    expect(reminded[0]).toMatchObject({
      dedupeKey: `label-expiring:${soon.ids.labelId}`,
      link: `/assessments/${soon.ids.assessmentId}#label`,
      mail: { toAddress: soon.emails[1], status: "PENDING" },
    });
    expect(reminded[0]!.body).toContain("in 55 days");

    // Running again (the next hour, or a second instance at the same time) sends nothing twice.
    await Promise.all([remindExpiringLabels(p, now), remindExpiringLabels(p, now)]);
    expect(await p.notification.count({ where: { event: "LABEL_EXPIRING" } })).toBe(1);
    for (const l of [later, revokedSoon, gone])
      expect(await p.notification.count({ where: { labelId: l.ids.labelId } })).toBe(0);
  });
});
