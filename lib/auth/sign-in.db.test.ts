import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { verifySignIn } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/errors";
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

describe(`sign-in on ${testDatabaseKind()}`, () => {
  it("accepts the right password, refuses a wrong one and an unknown e-mail the same way", async () => {
    const user = await makeManufacturer(db.prisma);
    expect(await verifySignIn(db.prisma, { email: user.email, password: PASSWORD }, "10.0.0.1")).toBe(
      user.id,
    );
    expect(
      await verifySignIn(db.prisma, { email: user.email, password: "wrong password" }, "10.0.0.1"),
    ).toBeNull();
    expect(
      await verifySignIn(db.prisma, { email: "nobody@example.com", password: PASSWORD }, "10.0.0.1"),
    ).toBeNull();
    expect(await verifySignIn(db.prisma, { email: 42 }, "10.0.0.1")).toBeNull();
  });

  it("limits failed attempts per account, even with the right password afterwards", async () => {
    const user = await makeManufacturer(db.prisma);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i += 1) {
      expect(
        await verifySignIn(db.prisma, { email: user.email, password: "wrong" }, `10.1.0.${i}`),
      ).toBeNull();
    }
    const err = await verifySignIn(db.prisma, { email: user.email, password: PASSWORD }, "10.1.1.1").catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("RATE_LIMITED");
  });

  it("limits failed attempts per address across accounts", async () => {
    const ip = "10.2.0.1";
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i += 1) {
      await verifySignIn(db.prisma, { email: `spray-${i}@example.com`, password: "wrong" }, ip);
    }
    const user = await makeManufacturer(db.prisma);
    const err = await verifySignIn(db.prisma, { email: user.email, password: PASSWORD }, ip).catch(
      (e: unknown) => e,
    );
    expect((err as AppError).code).toBe("RATE_LIMITED");
    // Another address is not affected.
    expect(await verifySignIn(db.prisma, { email: user.email, password: PASSWORD }, "10.2.0.2")).toBe(
      user.id,
    );
  });

  it("without a trusted proxy, forged X-Forwarded-For values neither dodge nor lock anyone out", async () => {
    const user = await makeManufacturer(db.prisma);
    const addressRows = () => db.prisma.loginAttempt.count({ where: { key: { startsWith: "ip:" } } });
    const before = await addressRows();
    // More failures than the per-address limit, each claiming another address: none of them is recorded against
    // an address (the address is unknown), and other users can still sign in.
    for (let i = 0; i <= SIGN_IN_LIMITS.perAddress; i += 1) {
      const ip = clientAddress({ "x-forwarded-for": `10.4.0.${i}` }, 0);
      expect(ip).toBeNull();
      await verifySignIn(db.prisma, { email: `rotate-${i}@example.com`, password: "wrong" }, ip);
    }
    expect(await addressRows()).toBe(before);
    const ip = clientAddress({ "x-forwarded-for": "10.4.1.1" }, 0);
    expect(await verifySignIn(db.prisma, { email: user.email, password: PASSWORD }, ip)).toBe(user.id);
    // The per-account limit still holds for a known account.
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i += 1) {
      await verifySignIn(db.prisma, { email: user.email, password: "wrong" }, null);
    }
    const err = await verifySignIn(db.prisma, { email: user.email, password: PASSWORD }, null).catch(
      (e: unknown) => e,
    );
    expect((err as AppError).code).toBe("RATE_LIMITED");
  });

  it("a successful sign-in clears the account's failures", async () => {
    const user = await makeManufacturer(db.prisma);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i += 1) {
      await verifySignIn(db.prisma, { email: user.email, password: "wrong" }, "10.3.0.1");
    }
    expect(await verifySignIn(db.prisma, { email: user.email, password: PASSWORD }, "10.3.0.1")).toBe(
      user.id,
    );
    expect(await db.prisma.loginAttempt.count({ where: { key: `email:${user.email}` } })).toBe(0);
  });
});
