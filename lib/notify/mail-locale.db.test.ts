import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { writeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeColleague, makeManufacturer, makeOrgUser } from "@/lib/testing/factories";
import { startSmtpSink } from "@/lib/testing/smtp";
import { notify } from "./notify";
import { deliverPending, smtpMailer } from "./sender";

// Issue 17: each recipient reads the notification and its mail in their own language (User.locale).
let db: TestDb;
let p: PrismaClient;
let maker: SessionUser;
let colleague: SessionUser;
let reviewer: SessionUser;

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
  maker = await makeManufacturer(p);
  colleague = await makeColleague(p, maker);
  reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  await p.user.update({ where: { id: colleague.id }, data: { locale: "zh-CN" } });
});
afterAll(async () => {
  await db?.drop();
});

describe(`mails in the recipient's language, through a real SMTP server (${testDatabaseKind()})`, () => {
  it("the Chinese member gets Chinese words (plural, dates), the other member English, the same link", async () => {
    const sink = await startSmtpSink();
    try {
      const a = await writeSubmitted(p, maker, reviewer.organizationId, { modelName: "Lumo Cam" });
      await p.$transaction((tx) =>
        notify(tx, { event: "CHANGES_REQUESTED", assessmentId: a.id, questions: 3 }),
      );
      expect(
        await deliverPending(p, smtpMailer(sink.url), { from: "Cyberlabel <no-reply@cyberlabel.test>" }),
      ).toEqual({
        sent: 2,
        retrying: 0,
        failed: 0,
      });
      const mails = await sink.waitFor(2);
      const byAddress = new Map(
        mails.map((m) => [(Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address, m] as const),
      );
      const zh = byAddress.get(colleague.email)!;
      const en = byAddress.get(maker.email)!;
      expect(zh.subject).toBe("Lumo Cam 需要修改");
      expect(zh.text).toContain("要求修改 Lumo Cam 评估中的 3 个问题。请修改相关回答后重新提交。");
      expect(zh.text).toContain(`在 Cyberlabel 中打开：http://localhost:3000/assessments/${a.id}`);
      expect(zh.text).toMatch(/^.+，您好：\n/);
      expect(zh.text).not.toMatch(/Hello|Open it in/);
      expect(en.subject).toBe("Changes requested on Lumo Cam");
      expect(en.text).toContain("asked for changes on 3 questions of the assessment of Lumo Cam.");
      expect(en.text).toContain(`Open it in Cyberlabel: http://localhost:3000/assessments/${a.id}`);

      // The in-app notification is in the same language as the mail.
      const inApp = await p.notification.findMany({ select: { userId: true, title: true } });
      expect(inApp.find((n) => n.userId === colleague.id)?.title).toBe("Lumo Cam 需要修改");
      expect(inApp.find((n) => n.userId === maker.id)?.title).toBe("Changes requested on Lumo Cam");
    } finally {
      await sink.close();
    }
  });
});
