// The account and administration screens' server actions answer in the caller's language (User.locale): the
// messages a Chinese user reads on /account and /admin, field errors included; English callers (and API clients,
// logs) keep the English text.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePasswordAction } from "@/lib/actions/account";
import { createLabAction, setLabAccreditationAction } from "@/lib/actions/admin";
import type { SessionUser } from "@/lib/db/accounts";
import type { Db } from "@/lib/db/connect";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";

let db: TestDb;
const app = globalThis as unknown as { cyberlabelDb?: Db };
beforeAll(async () => {
  db = await createTestDb();
  // The actions use the app's client (prisma()): point it at this test's database.
  app.cyberlabelDb = db;
});
afterAll(async () => {
  delete app.cyberlabelDb;
  await db?.drop();
});

const zh = (u: SessionUser): SessionUser => ({ ...u, locale: "zh-CN" });
const PASSWORD = "a long enough password";

describe(`account and admin actions in the caller's language (${testDatabaseKind()})`, () => {
  it("a wrong current password, and a new one equal to it, are told in Chinese to a Chinese user", async () => {
    const maker = await makeManufacturer(db.prisma);
    const wrong = { currentPassword: "not the password", newPassword: "a brand new passphrase" };
    expect(await changePasswordAction.run(zh(maker), wrong)).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "当前密码不正确。",
      fieldErrors: { currentPassword: ["当前密码不正确。"] },
    });
    expect(await changePasswordAction.run(maker, wrong)).toMatchObject({
      ok: false,
      message: "The current password is not right.",
      fieldErrors: { currentPassword: ["The current password is not right."] },
    });
    const same = { currentPassword: PASSWORD, newPassword: PASSWORD };
    const r = await changePasswordAction.run(zh(maker), same);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(r.ok ? null : r.fieldErrors?.newPassword).toEqual(["请选择一个与当前密码不同的新密码。"]);
    const en = await changePasswordAction.run(maker, same);
    expect(en.ok ? null : en.fieldErrors?.newPassword).toEqual([
      "Choose a password different from the current one.",
    ]);
    // Nothing changed: the password still signs in the same way.
    expect(await changePasswordAction.run(zh(maker), { ...wrong, currentPassword: PASSWORD })).toEqual({
      ok: true,
      data: { endedSessions: 0 },
    });
  });

  it("a lab accreditation that is too long or holds control characters is refused in Chinese", async () => {
    const admin = await makeOrgUser(db.prisma, "OPERATOR", "ADMIN");
    const lab = await makeOrgUser(db.prisma, "LAB", "LAB_REVIEWER");
    const cases = [
      ["x".repeat(301), "最多 300 个字符。", "At most 300 characters."],
      [
        "line\nbreak",
        "请从文本中删除控制字符（换行、制表符等）。",
        "Remove the control characters (line breaks, tabs…) from this text.",
      ],
      [
        "\ud800 lone surrogate",
        "文本中含有无效字符（损坏的 Unicode 序列）。",
        "This text contains an invalid character (a broken Unicode sequence).",
      ],
    ] as const;
    for (const [bad, chinese, english] of cases) {
      const input = { labId: lab.organizationId, accreditation: bad };
      const r = await setLabAccreditationAction.run(zh(admin), input);
      expect(r.ok ? null : r.fieldErrors?.accreditation, JSON.stringify(bad)).toEqual([chinese]);
      expect(r.ok ? "" : r.message).toContain(chinese);
      const e = await setLabAccreditationAction.run(admin, input);
      expect(e.ok ? null : e.fieldErrors?.accreditation).toEqual([english]);
      const c = await createLabAction.run(zh(admin), { name: "Lab with bad text", accreditation: bad });
      expect(c.ok ? null : c.fieldErrors?.accreditation).toEqual([chinese]);
    }
    expect(
      (await db.prisma.organization.findUniqueOrThrow({ where: { id: lab.organizationId } })).accreditation,
    ).toBeNull();
  });
});
