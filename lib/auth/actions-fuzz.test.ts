// Property test over every guarded server action's input schema (issue 11 finding 4): whatever a client sends,
// either the schema refuses it (a 400 with field errors) or what reaches the use case is text PostgreSQL can store:
// no NUL byte, no lone surrogate, nothing longer than the largest text field. fast-check generates the inputs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as account from "@/lib/actions/account";
import * as admin from "@/lib/actions/admin";
import * as adminUsers from "@/lib/actions/admin-users";
import * as assessments from "@/lib/actions/assessments";
import * as notifications from "@/lib/actions/notifications";
import * as products from "@/lib/actions/products";
import * as review from "@/lib/actions/review";
import type { GuardedAction } from "@/lib/auth/action";

const MODULES = { account, admin, adminUsers, assessments, notifications, products, review };
const actions = Object.entries(MODULES).flatMap(([mod, exports]) =>
  Object.entries(exports as Record<string, unknown>)
    .filter(
      (e): e is [string, GuardedAction<z.ZodType, unknown>] =>
        typeof e[1] === "object" && e[1] !== null && "spec" in e[1],
    )
    .map(([name, a]) => ({ name: `${mod}.${name}`, schema: a.spec.input })),
);

const MAX_TEXT = 100_000;

const hostileString = fc.oneof(
  fc.string().map((s) => `${s}\u0000${s}`),
  fc.string().map((s) => `${s}\ud800`),
  fc.string().map((s) => `\udc00${s}`),
  fc.constant("x".repeat(MAX_TEXT + 1)),
  fc.constant("a\u202eb"),
  fc.constant("/\t/evil.example"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20 }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(hostileString, { maxLength: 5 }),
  fc.constant(Array.from({ length: 20_000 }, () => "k")),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 3 }),
);

/** Every string in a parsed value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === "object") Object.values(v).forEach((x) => strings(x, out));
  return out;
}

function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

describe("every server action's input schema, fuzzed", () => {
  it("finds the actions", () => {
    expect(actions.length).toBeGreaterThan(10);
  });
  for (const { name, schema } of actions) {
    it(`${name}: refuses hostile input or passes only storable text`, () => {
      const keys = keysOf(schema);
      const input = keys.length
        ? fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] })
        : hostileValue;
      fc.assert(
        fc.property(input, (raw) => {
          let parsed: ReturnType<typeof schema.safeParse>;
          try {
            parsed = schema.safeParse(raw);
          } catch (err) {
            throw new Error(`${name}: the schema threw instead of refusing: ${String(err)}`);
          }
          if (!parsed.success) {
            expect(parsed.error.issues.length).toBeGreaterThan(0);
            return;
          }
          for (const s of strings(parsed.data)) {
            expect(s.includes("\u0000"), `${name}: NUL reached the use case`).toBe(false);
            expect(s.isWellFormed(), `${name}: a lone surrogate reached the use case`).toBe(true);
            expect(s.length, `${name}: an unbounded string reached the use case`).toBeLessThanOrEqual(
              MAX_TEXT,
            );
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});
