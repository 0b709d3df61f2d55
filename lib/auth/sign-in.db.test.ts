import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
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
