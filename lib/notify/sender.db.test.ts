import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeColleague, makeManufacturer, makeOrgUser } from "@/lib/testing/factories";
import { startSmtpSink, type TSmtpSink } from "@/lib/testing/smtp";
import { notify } from "./notify";
import { createRunner } from "./runner";
import { deliverPending, MAX_ATTEMPTS, RETRY_DELAYS_MIN, smtpMailer } from "./sender";

let db: TestDb;
let p: PrismaClient;
let maker: SessionUser;
let reviewer: SessionUser;
let sink: TSmtpSink | undefined;
const FROM = "Cyberlabel <no-reply@cyberlabel.test>";

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
  maker = await makeManufacturer(p);
  await makeColleague(p, maker);
  reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
});
afterEach(async () => {
  await sink?.close();
  sink = undefined;
  // Each test starts with an empty outbox.
  await p.outboxMail.deleteMany({});
});
afterAll(async () => {
  await db?.drop();
});

/** Writes the mails of one real event (approval-style: to the manufacturer's two members). */
async function eventMails(modelName = "Lumo Cam Outdoor") {
  const a = await writeSubmitted(p, maker, reviewer.organizationId, { modelName });
  await p.$transaction((tx) => notify(tx, { event: "ASSESSMENT_REJECTED", assessmentId: a.id }));
  return a.id;
}

describe(`mail delivery through a real SMTP server (${testDatabaseKind()})`, () => {
  it("delivers each pending mail once, as a recipient reads it, and marks it sent", async () => {
    sink = await startSmtpSink();
    const id = await eventMails();
    const report = await deliverPending(p, smtpMailer(sink.url), { from: FROM });
    expect(report).toEqual({ sent: 2, retrying: 0, failed: 0 });
    const mails = await sink.waitFor(2);
    const to = mails.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address).sort();
    const members = await p.membership.findMany({
      where: { organizationId: maker.organizationId },
      select: { user: { select: { email: true } } },
    });
    expect(to).toEqual(members.map((m) => m.user.email).sort());
    const m = mails[0]!;
    expect(m.from?.value[0]).toEqual({ address: "no-reply@cyberlabel.test", name: "Cyberlabel" });
    expect(m.subject).toBe("Assessment of Lumo Cam Outdoor rejected");
    expect(m.text).toContain(`Open it in Cyberlabel: http://localhost:3000/assessments/${id}`);
    const rows = await p.outboxMail.findMany();
    expect(rows.every((r) => r.status === "SENT" && r.attempts === 1 && r.sentAt && r.messageId)).toBe(true);
    // A second run finds nothing to send.
    expect(await deliverPending(p, smtpMailer(sink.url), { from: FROM })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 0,
    });
    expect(sink.messages).toHaveLength(2);
  });

  it("retries a temporary refusal later, and delivers once the server accepts again", async () => {
    let refuse = true;
    sink = await startSmtpSink({ respond: () => (refuse ? 451 : null) });
    await eventMails();
    let t = new Date();
    const clock = () => t;
    expect(await deliverPending(p, smtpMailer(sink.url), { from: FROM, now: clock })).toEqual({
      sent: 0,
      retrying: 2,
      failed: 0,
    });
    const waiting = await p.outboxMail.findMany();
    for (const w of waiting) {
      expect(w).toMatchObject({ status: "PENDING", attempts: 1 });
      expect(w.lastError).toMatch(/^451 /);
      expect(w.nextAttemptAt.getTime() - t.getTime()).toBe(RETRY_DELAYS_MIN[0] * 60_000);
    }
    // Not due yet: nothing is tried.
    expect((await deliverPending(p, smtpMailer(sink.url), { from: FROM, now: clock })).retrying).toBe(0);
    refuse = false;
    t = new Date(t.getTime() + 61_000);
    expect((await deliverPending(p, smtpMailer(sink.url), { from: FROM, now: clock })).sent).toBe(2);
    expect(sink.messages).toHaveLength(2);
    expect(
      (await p.outboxMail.findMany()).every((r) => r.status === "SENT" && r.attempts === 2 && !r.lastError),
    ).toBe(true);
  });

  it("gives up at once on a permanent refusal, and after the last attempt on temporary ones", async () => {
    sink = await startSmtpSink({ respond: () => 550 });
    await eventMails();
    expect((await deliverPending(p, smtpMailer(sink.url), { from: FROM })).failed).toBe(2);
    expect(
      (await p.outboxMail.findMany()).every((r) => r.status === "FAILED" && /^550 /.test(r.lastError ?? "")),
    ).toBe(true);
    await sink.close();
    sink = await startSmtpSink({ respond: () => 421 });
    await p.outboxMail.deleteMany({});
    await eventMails();
    let t = new Date();
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await deliverPending(p, smtpMailer(sink.url), { from: FROM, now: () => t });
      t = new Date(t.getTime() + 13 * 3_600_000);
    }
    expect((await p.outboxMail.findMany()).map((r) => [r.status, r.attempts])).toEqual([
      ["FAILED", MAX_ATTEMPTS],
      ["FAILED", MAX_ATTEMPTS],
    ]);
  });

  it("two senders at once never send the same mail twice", async () => {
    sink = await startSmtpSink();
    await eventMails();
    await eventMails("Lumo Hub");
    const mailer = smtpMailer(sink.url);
    const [a, b] = await Promise.all([
      deliverPending(p, mailer, { from: FROM }),
      deliverPending(p, mailer, { from: FROM }),
    ]);
    expect(a.sent + b.sent).toBe(4);
    await sink.waitFor(4);
    await new Promise((r) => setTimeout(r, 200));
    expect(sink.messages).toHaveLength(4);
  });

  it("an unreachable server never fails or blocks the caller: kick returns at once, the mail waits for a retry", async () => {
    const closed = await startSmtpSink();
    const url = closed.url;
    await closed.close(); // nothing listens on this port any more
    await eventMails();
    const runner = createRunner({ db: () => p, mailer: smtpMailer(url), from: FROM });
    expect(runner.kick()).toBeUndefined();
    // kick() returned before any attempt was made: the caller never waits for the mail server.
    expect((await p.outboxMail.findMany()).map((r) => r.attempts)).toEqual([0, 0]);
    const report = await runner.deliverNow();
    expect(report).toMatchObject({ sent: 0, retrying: 2 });
    expect((await p.outboxMail.findMany()).every((r) => r.status === "PENDING" && r.lastError)).toBe(true);
  });

  it("without an SMTP server configured, mails stay in the outbox untouched", async () => {
    await eventMails();
    const runner = createRunner({ db: () => p, mailer: null, from: FROM });
    runner.kick();
    expect(await runner.deliverNow()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect((await p.outboxMail.findMany()).map((r) => [r.status, r.attempts])).toEqual([
      ["PENDING", 0],
      ["PENDING", 0],
    ]);
  });
});
