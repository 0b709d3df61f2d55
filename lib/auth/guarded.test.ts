import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as accountActions from "@/lib/actions/account";
import * as adminActions from "@/lib/actions/admin";
import * as adminUserActions from "@/lib/actions/admin-users";
import * as assessmentActions from "@/lib/actions/assessments";
import * as reviewActions from "@/lib/actions/review";
import * as productActions from "@/lib/actions/products";
import * as notificationActions from "@/lib/actions/notifications";
import * as vulnerabilityActions from "@/lib/actions/vulnerabilities";
import type { GuardedAction } from "@/lib/auth/action";
import type { SessionUser } from "@/lib/db/accounts";
import type { Role } from "@/lib/generated/prisma/enums";
import { z } from "zod";
import { runGuarded } from "@/lib/auth/guarded";

// Every module of guarded server actions: a new module must be added here so its actions are checked too.
const MODULES: Record<string, Record<string, unknown>> = {
  account: accountActions,
  assessments: assessmentActions,
  review: reviewActions,
  admin: adminActions,
  "admin-users": adminUserActions,
  products: productActions,
  notifications: notificationActions,
  vulnerabilities: vulnerabilityActions,
};

const ROLES: Role[] = ["MANUFACTURER_MEMBER", "LAB_REVIEWER", "ADMIN"];
const userWith = (role: Role): SessionUser => ({
  id: "u",
  email: "u@example.com",
  name: "U",
  role,
  organizationId: "o",
  organizationKind: role === "ADMIN" ? "OPERATOR" : role === "LAB_REVIEWER" ? "LAB" : "MANUFACTURER",
  organizationName: "O",
});

const actions = Object.entries(MODULES).flatMap(([mod, exports]) =>
  Object.entries(exports)
    .filter(
      (e): e is [string, GuardedAction<z.ZodType, unknown>] =>
        typeof e[1] === "object" && e[1] !== null && "spec" in e[1],
    )
    .map(([name, action]) => ({ name: `${mod}.${name}`, action })),
);

describe("every guarded server action", () => {
  it("is found: every module in lib/actions is listed above", () => {
    const files = readdirSync(path.join(process.cwd(), "lib/actions")).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    );
    expect(files.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(Object.keys(MODULES).sort());
    expect(actions.length).toBeGreaterThan(0);
  });

  for (const { name, action } of actions) {
    it(`${name} refuses anonymous callers and every role it does not list`, async () => {
      expect(await action.run(null, {})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
      for (const role of ROLES.filter((r) => !action.spec.roles.includes(r))) {
        expect(await action.run(userWith(role), {}), role).toMatchObject({ ok: false, code: "FORBIDDEN" });
      }
    });
  }
});

describe("runGuarded", () => {
  const spec = {
    roles: ["ADMIN"] as Role[],
    input: z.object({ name: z.string().max(5, "At most 5 characters.") }),
  };

  it("returns field errors for malformed input without running the handler", async () => {
    let ran = false;
    const r = await runGuarded(spec, userWith("ADMIN"), { name: "too long a name" }, async () => {
      ran = true;
    });
    expect(ran).toBe(false);
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { name: ["At most 5 characters."] },
    });
    expect(await runGuarded(spec, userWith("ADMIN"), "garbage", async () => 1)).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
  });

  it("hides unexpected errors behind a generic message", async () => {
    const r = await runGuarded(spec, userWith("ADMIN"), { name: "ok" }, async () => {
      throw new Error("connection string postgres://secret@db");
    });
    expect(r).toMatchObject({ ok: false, code: "INTERNAL" });
    expect(JSON.stringify(r)).not.toContain("secret");
  });

  it("passes the parsed input and the user to the handler", async () => {
    const r = await runGuarded(
      spec,
      userWith("ADMIN"),
      { name: "ok" },
      async ({ user, input }) => `${user.role}:${input.name}`,
    );
    expect(r).toEqual({ ok: true, data: "ADMIN:ok" });
  });
});
