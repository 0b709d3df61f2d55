import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueDeviceToken } from "@/lib/auth/device";
import { clientAddress, delayAfter, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import {
  changeOwnPassword,
  loadActiveSessionUser,
  revokeAuthSession,
  revokeUserSessions,
  SESSION_MAX_AGE_SECONDS,
} from "@/lib/auth/sessions";
import { attemptSignIn, type SignInContext } from "@/lib/auth/sign-in";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer } from "@/lib/testing/factories";

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.drop();
});

const PASSWORD = "a long enough password";
const SECRET = "test-secret-test-secret-test-secret";
const T0 = new Date("2026-06-01T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const ctx = (over: Partial<SignInContext> = {}): SignInContext => ({
  ip: null,
  deviceToken: null,
  secret: SECRET,
  now: T0,
  ...over,
});

describe(`sign-in on ${testDatabaseKind()}`, () => {
  it("accepts the right password, refuses a wrong one and an unknown e-mail the same way", async () => {
    const user = await makeManufacturer(db.prisma);
    const ok = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
    expect(ok).toMatchObject({ ok: true, userId: user.id });
    expect(await attemptSignIn(db.prisma, { email: user.email, password: "wrong password" }, ctx())).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await attemptSignIn(db.prisma, { email: "nobody@example.com", password: PASSWORD }, ctx()),
    ).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptSignIn(db.prisma, { email: 42 }, ctx())).toEqual({ ok: false, reason: "invalid" });
  });

  it("strangers' failures cannot lock the owner out of a known browser (issue 11 finding 2)", async () => {
    const user = await makeManufacturer(db.prisma);
    const first = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
    if (!first.ok) throw new Error("first sign-in failed");
    // Twenty strangers' wrong passwords for the owner's e-mail (today's code: five block the account 15 minutes).
    for (let i = 0; i < 20; i += 1) {
      await attemptSignIn(db.prisma, { email: user.email, password: "wrong" }, ctx({ now: at(i * 1000) }));
    }
    const stranger = await attemptSignIn(
      db.prisma,
      { email: user.email, password: PASSWORD },
      ctx({ now: at(21_000) }),
    );
    expect(stranger).toMatchObject({ ok: false, reason: "rate_limited" });
    const owner = await attemptSignIn(
      db.prisma,
      { email: user.email, password: PASSWORD },
      ctx({ now: at(21_000), deviceToken: first.deviceToken }),
    );
    expect(owner).toMatchObject({ ok: true, userId: user.id });
  });

  it("a device token for another account or a forged one does not count as known", async () => {
    const user = await makeManufacturer(db.prisma);
    for (let i = 0; i < SIGN_IN_LIMITS.freeAttempts; i += 1) {
      await attemptSignIn(db.prisma, { email: user.email, password: "wrong" }, ctx());
    }
    const other = issueDeviceToken(SECRET, "someone-else@example.com");
    const forged = issueDeviceToken("another-secret-another-secret-xx", user.email);
    for (const deviceToken of [other, forged, "junk", `${"a".repeat(500)}`]) {
      expect(
        await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx({ deviceToken })),
      ).toMatchObject({ ok: false, reason: "rate_limited" });
    }
  });

  it("unknown clients wait a delay that doubles after the free attempts, capped, then get in", async () => {
    expect(delayAfter(SIGN_IN_LIMITS.freeAttempts - 1)).toBe(0);
    expect(delayAfter(SIGN_IN_LIMITS.freeAttempts)).toBe(30_000);
    expect(delayAfter(SIGN_IN_LIMITS.freeAttempts + 1)).toBe(60_000);
    expect(delayAfter(1000)).toBe(SIGN_IN_LIMITS.maxDelayMs);
    const user = await makeManufacturer(db.prisma);
    for (let i = 0; i < SIGN_IN_LIMITS.freeAttempts; i += 1) {
      expect(
        await attemptSignIn(db.prisma, { email: user.email, password: "wrong" }, ctx({ now: at(i) })),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    const held = await attemptSignIn(
      db.prisma,
      { email: user.email, password: PASSWORD },
      ctx({ now: at(10) }),
    );
    expect(held).toEqual({ ok: false, reason: "rate_limited", retryAfterSeconds: 30 });
    // Held-back attempts are not counted: the delay does not grow while the client waits.
    const later = await attemptSignIn(
      db.prisma,
      { email: user.email, password: PASSWORD },
      ctx({ now: at(4 + 30_000) }),
    );
    expect(later).toMatchObject({ ok: true, userId: user.id });
    expect(await db.prisma.loginAttempt.count({ where: { key: `email:${user.email}` } })).toBe(0);
  });

  it("brute force stays bounded: at most a few dozen guesses a day per account from unknown clients", async () => {
    const user = await makeManufacturer(db.prisma);
    let now = T0.getTime();
    let tried = 0;
    const end = now + 24 * 3600 * 1000;
    while (now < end) {
      const r = await attemptSignIn(
        db.prisma,
        { email: user.email, password: "guess" },
        ctx({ now: new Date(now) }),
      );
      if (r.ok) throw new Error("guess accepted");
      if (r.reason === "rate_limited") now += r.retryAfterSeconds * 1000;
      else tried += 1;
    }
    expect(tried).toBeLessThan(110);
    expect(tried).toBeGreaterThan(SIGN_IN_LIMITS.freeAttempts);
  });

  it("a known device has a budget of its own, then counts as unknown", async () => {
    const user = await makeManufacturer(db.prisma);
    const first = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
    if (!first.ok) throw new Error("first sign-in failed");
    const device = { deviceToken: first.deviceToken };
    for (let i = 0; i < SIGN_IN_LIMITS.perDevice + SIGN_IN_LIMITS.freeAttempts; i += 1) {
      expect(
        await attemptSignIn(
          db.prisma,
          { email: user.email, password: "wrong" },
          ctx({ ...device, now: at(i) }),
        ),
      ).toEqual({ ok: false, reason: "invalid" });
    }
    expect(
      await attemptSignIn(
        db.prisma,
        { email: user.email, password: PASSWORD },
        ctx({ ...device, now: at(100) }),
      ),
    ).toMatchObject({ ok: false, reason: "rate_limited" });
  });

  it("limits failed attempts per address across accounts when a proxy is trusted", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i += 1) {
      await attemptSignIn(db.prisma, { email: `spray-${i}@example.com`, password: "wrong" }, ctx({ ip }));
    }
    const user = await makeManufacturer(db.prisma);
    expect(
      await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx({ ip })),
    ).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(
      await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx({ ip: "10.2.0.2" })),
    ).toMatchObject({ ok: true });
  });

  it("without a trusted proxy, forged X-Forwarded-For values are not recorded as addresses", async () => {
    const before = await db.prisma.loginAttempt.count({ where: { key: { startsWith: "ip:" } } });
    for (let i = 0; i <= SIGN_IN_LIMITS.perAddress; i += 1) {
      const ip = clientAddress({ "x-forwarded-for": `10.4.0.${i}` }, 0);
      expect(ip).toBeNull();
      await attemptSignIn(db.prisma, { email: `rotate-${i}@example.com`, password: "wrong" }, ctx({ ip }));
    }
    expect(await db.prisma.loginAttempt.count({ where: { key: { startsWith: "ip:" } } })).toBe(before);
  });
});

describe(`server-side sessions on ${testDatabaseKind()}`, () => {
  it("a session works until it is revoked or expires; revoking ends only that session", async () => {
    const user = await makeManufacturer(db.prisma);
    const a = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
    const b = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
    if (!a.ok || !b.ok) throw new Error("sign-in failed");
    expect(await loadActiveSessionUser(db.prisma, user.id, a.sessionId, T0)).toMatchObject({ id: user.id });
    // Another user's id with this session id does not work.
    const other = await makeManufacturer(db.prisma);
    expect(await loadActiveSessionUser(db.prisma, other.id, a.sessionId, T0)).toBeNull();
    expect(await revokeAuthSession(db.prisma, user.id, a.sessionId, "signed_out")).toBe(true);
    expect(await loadActiveSessionUser(db.prisma, user.id, a.sessionId, T0)).toBeNull();
    expect(await loadActiveSessionUser(db.prisma, user.id, b.sessionId, T0)).toMatchObject({ id: user.id });
    expect(
      await loadActiveSessionUser(db.prisma, user.id, b.sessionId, at(SESSION_MAX_AGE_SECONDS * 1000 + 1)),
    ).toBeNull();
  });

  it("ending all sessions keeps only the one asked for, and is audited", async () => {
    const user = await makeManufacturer(db.prisma);
    const ids: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const r = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
      if (!r.ok) throw new Error("sign-in failed");
      ids.push(r.sessionId);
    }
    const [keep = "", ...rest] = ids;
    expect(await revokeUserSessions(db.prisma, user.id, "password_changed", { keep })).toBe(2);
    expect(await loadActiveSessionUser(db.prisma, user.id, keep, T0)).not.toBeNull();
    for (const id of rest) expect(await loadActiveSessionUser(db.prisma, user.id, id, T0)).toBeNull();
    const audit = await db.prisma.auditEvent.findFirst({
      where: { action: "session.revoked", subjectId: user.id },
    });
    expect(audit).not.toBeNull();
  });

  it("a disabled account's sessions stop working", async () => {
    const user = await makeManufacturer(db.prisma);
    const r = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
    if (!r.ok) throw new Error("sign-in failed");
    await db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await loadActiveSessionUser(db.prisma, user.id, r.sessionId, T0)).toBeNull();
  });

  it("a password change checks the current password and ends every other session", async () => {
    const user = await makeManufacturer(db.prisma);
    const here = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
    const there = await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx());
    if (!here.ok || !there.ok) throw new Error("sign-in failed");
    const actor = await loadActiveSessionUser(db.prisma, user.id, here.sessionId, T0);
    if (!actor) throw new Error("no session");
    await expect(
      changeOwnPassword(db.prisma, actor, {
        currentPassword: "wrong",
        newPassword: "a brand new passphrase",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(
      await changeOwnPassword(db.prisma, actor, {
        currentPassword: PASSWORD,
        newPassword: "a brand new passphrase",
      }),
    ).toEqual({ endedSessions: 1 });
    expect(await loadActiveSessionUser(db.prisma, user.id, here.sessionId, T0)).not.toBeNull();
    expect(await loadActiveSessionUser(db.prisma, user.id, there.sessionId, T0)).toBeNull();
    expect(await attemptSignIn(db.prisma, { email: user.email, password: PASSWORD }, ctx())).toMatchObject({
      ok: false,
    });
    expect(
      await attemptSignIn(db.prisma, { email: user.email, password: "a brand new passphrase" }, ctx()),
    ).toMatchObject({ ok: true });
  });
});
