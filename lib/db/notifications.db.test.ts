import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import {
  countUnread,
  listNotifications,
  listOutbox,
  markAllRead,
  openNotification,
  retryMail,
  safeAppPath,
} from "@/lib/db/notifications";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notify/notify";
import { writeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";

let db: TestDb;
let p: PrismaClient;
let maker: SessionUser;
let other: SessionUser;
let reviewer: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
  maker = await makeManufacturer(p);
  other = await makeManufacturer(p);
  reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  admin = await makeOrgUser(p, "OPERATOR", "ADMIN");
});
afterAll(async () => {
  await db?.drop();
});

async function rejected() {
  const a = await writeSubmitted(p, maker, reviewer.organizationId);
  await p.$transaction((tx) => notify(tx, { event: "ASSESSMENT_REJECTED", assessmentId: a.id }));
  return a.id;
}

describe(`in-app notifications (${testDatabaseKind()})`, () => {
  it("are each user's own: listed, counted, opened and marked read only by them", async () => {
    const id = await rejected();
    await rejected();
    expect(await countUnread(p, maker)).toBe(2);
    const list = await listNotifications(p, maker);
    expect(list).toMatchObject({ total: 2, unread: 2, pages: 1 });
    const first = list.items.find((n) => n.link === `/assessments/${id}`)!;

    // Another manufacturer sees none of them and cannot open or mark them.
    expect((await listNotifications(p, other)).total).toBe(0);
    expect(await openNotification(p, other, first.id)).toBeNull();
    expect(await markAllRead(p, other)).toEqual({ marked: 0 });
    expect(await countUnread(p, maker)).toBe(2);

    expect(await openNotification(p, maker, first.id)).toBe(`/assessments/${id}`);
    expect(await countUnread(p, maker)).toBe(1);
    expect(await markAllRead(p, maker)).toEqual({ marked: 1 });
    expect(await countUnread(p, maker)).toBe(0);
  });

  it("only ever lead to a path of this app", () => {
    expect(safeAppPath("/assessments/a1#label")).toBe("/assessments/a1#label");
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/a b",
    ])
      expect(safeAppPath(bad), bad).toBeNull();
  });
});

describe("the mail outbox", () => {
  it("is for administrators only, and shows each mail's delivery state", async () => {
    await rejected();
    expect(await outcome(listOutbox(p, maker))).toBe("FORBIDDEN");
    expect(await outcome(listOutbox(p, reviewer))).toBe("FORBIDDEN");
    const box = await listOutbox(p, admin);
    expect(box.total).toBeGreaterThanOrEqual(1);
    expect(box.items[0]).toMatchObject({ toAddress: maker.email, status: "PENDING", attempts: 0 });
    expect(box.byStatus.PENDING).toBe(box.total);
    expect((await listOutbox(p, admin, { status: "SENT" })).total).toBe(0);
  });

  it("a failed mail can be sent again by an administrator, and only a failed one", async () => {
    await rejected();
    const [m] = (await listOutbox(p, admin)).items;
    expect(await outcome(retryMail(p, admin, m!.id))).toBe("INVALID_STATE");
    await p.outboxMail.update({
      where: { id: m!.id },
      data: { status: "FAILED", attempts: 8, lastError: "550" },
    });
    expect(await outcome(retryMail(p, maker, m!.id))).toBe("FORBIDDEN");
    await retryMail(p, admin, m!.id);
    expect(await p.outboxMail.findUniqueOrThrow({ where: { id: m!.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });
  });
});
