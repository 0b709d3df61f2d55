// Hostile input against PostgreSQL (issue 11 finding 4): fast-check sends every guarded server action and every
// protected route handler that takes a body inputs a client could forge (NUL bytes, lone surrogates, oversized
// text, wrong types, real record ids mixed with junk), as a caller the action allows. Whatever comes in, the answer
// is a result or a 4xx, never an unexpected error (INTERNAL, a 5xx), and a refused call writes no row: every
// table's row count is the same before and after. Bounded runs (numRuns per action) keep it fast enough for CI.
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as accountActions from "@/lib/actions/account";
import * as adminActions from "@/lib/actions/admin";
import * as adminUserActions from "@/lib/actions/admin-users";
import * as assessmentActions from "@/lib/actions/assessments";
import * as notificationActions from "@/lib/actions/notifications";
import * as productActions from "@/lib/actions/products";
import * as reviewActions from "@/lib/actions/review";
import * as vulnerabilityActions from "@/lib/actions/vulnerabilities";
import type { GuardedAction } from "@/lib/auth/action";
import type { ProtectedRoute } from "@/lib/auth/route";
import type { SessionUser } from "@/lib/db/accounts";
import type { Db } from "@/lib/db/connect";
import type { Role } from "@/lib/generated/prisma/enums";
import { getCatalog } from "@/lib/schemes";
import { makeSubmitted } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";

const MODULES: Record<string, Record<string, unknown>> = {
  account: accountActions,
  admin: adminActions,
  adminUsers: adminUserActions,
  assessments: assessmentActions,
  notifications: notificationActions,
  products: productActions,
  review: reviewActions,
  vulnerabilities: vulnerabilityActions,
};
const ACTIONS = Object.entries(MODULES).flatMap(([mod, exports]) =>
  Object.entries(exports)
    .filter(([, v]) => typeof v === "object" && v !== null && "spec" in v)
    .map(([name, v]) => ({ name: `${mod}.${name}`, action: v as GuardedAction<never, unknown> })),
);

const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 12);
/** Outcomes per action, to see that inputs get past the schemas into the use cases and PostgreSQL. */
const reached: Record<string, Record<string, number>> = {};

let db: TestDb;
let tables: string[] = [];
const who = {} as Record<"maker" | "reviewer" | "admin", SessionUser>;
const ids: string[] = [];

beforeAll(async () => {
  db = await createTestDb();
  (globalThis as unknown as { cyberlabelDb?: Db }).cyberlabelDb = db;
  const p = db.prisma;
  who.maker = await makeManufacturer(p);
  who.reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  who.admin = await makeOrgUser(p, "OPERATOR", "ADMIN");
  const s = await makeSubmitted(p, who.maker, who.reviewer.organizationId);
  const version = await p.productVersion.findFirstOrThrow({ where: { productId: s.productId } });
  const evidence = await p.evidenceFile.findFirstOrThrow({ where: { assessmentId: s.id } });
  ids.push(s.id, s.productId, version.id, evidence.id, who.reviewer.organizationId, who.maker.id);
  const rows = await p.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  tables = rows.map((r) => r.name).sort();
});
afterAll(async () => {
  delete (globalThis as unknown as { cyberlabelDb?: Db }).cyberlabelDb;
  await db?.drop();
});

/** Every table's row count, in one statement. */
async function counts(): Promise<Record<string, number>> {
  const sql = `SELECT ${tables.map((t, i) => `(SELECT count(*) FROM "${t}")::int AS c${i}`).join(", ")}`;
  const [row] = await db.prisma.$queryRawUnsafe<Record<string, number>[]>(sql);
  return Object.fromEntries(tables.map((t, i) => [t, Number(row![`c${i}`])]));
}

const hostileString = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => `${s}\u0000${s}`),
  fc.string({ maxLength: 30 }).map((s) => `${s}\ud800`),
  fc.string({ maxLength: 30 }).map((s) => `\udc00${s}`),
  fc.constant("x".repeat(200_001)),
  fc.constant("a\u202eb"),
  fc.constant('\'; DROP TABLE "User"; --'),
  fc.constant("/\t/evil.example"),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 20 }),
);
/** Real record ids of the fixture world, so some inputs get past the schema into the use case and PostgreSQL. */
const recordId = fc.constantFrom(...Array.from({ length: 6 }, (_, i) => i)).map((i) => ids[i]!);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 3, arbitrary: recordId },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 3 }),
);

const plausibleText = fc.oneof(
  fc.constantFrom(
    "Test",
    "A justification a reviewer can read.",
    "2026-11-01",
    "maker@test.example",
    "1.2.3",
  ),
  fc.string({ minLength: 1, maxLength: 20 }),
);
const questionIds = getCatalog()
  .questions.slice(0, 8)
  .map((q) => q.id);

type TDef = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown) => (schema as { def: TDef }).def;

/**
 * Inputs shaped like the action's own schema (keys, enums, ids of real records) with hostile text mixed into each
 * string, so many get past the schema into the use case and PostgreSQL; the rest are refused by it.
 */
function arbitraryFor(schema: unknown, key = "", depth = 0): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  if (depth > 6) return hostileValue;
  const inner = (x: unknown) => arbitraryFor(x, key, depth + 1);
  switch (d.type) {
    case "object": {
      const shape = d.shape as Record<string, unknown>;
      return fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, arbitraryFor(v, k, depth + 1)])),
      );
    }
    case "optional":
      return fc.option(inner(d.innerType), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(inner(d.innerType), { nil: null, freq: 4 });
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return fc.oneof(fc.constant(undefined), inner(d.innerType));
    case "pipe":
      return inner(d.in);
    case "string":
      if (key === "questionId")
        return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...questionIds) }, hostileString);
      if (/Id$|^id$/.test(key)) return fc.oneof({ weight: 4, arbitrary: recordId }, hostileString);
      return fc.oneof({ weight: 2, arbitrary: plausibleText }, { weight: 2, arbitrary: hostileString });
    case "number":
      return fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.constant(Number.NaN),
        fc.constant(1e300),
        fc.constant(-1),
      );
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Object.values(d.entries as object)) },
        hostileString,
      );
    case "literal":
      return fc.constantFrom(...(d.values as unknown[]));
    case "array":
      return fc.array(inner(d.element), { maxLength: 3 });
    case "union":
      return fc.oneof(...(d.options as unknown[]).map(inner));
    case "record":
      return fc.dictionary(fc.string({ maxLength: 5 }), inner(d.valueType), { maxKeys: 3 });
    default:
      return hostileValue;
  }
}

function caller(roles: readonly Role[]): SessionUser {
  if (roles.includes("MANUFACTURER_MEMBER")) return who.maker;
  if (roles.includes("LAB_REVIEWER")) return who.reviewer;
  return who.admin;
}

describe(`every guarded server action against ${testDatabaseKind()}, fuzzed`, () => {
  it("finds the actions", () => expect(ACTIONS.length).toBeGreaterThan(30));
  for (const { name, action } of ACTIONS) {
    it(`${name}: no unexpected error, no row written on refusal`, async () => {
      // Mostly shaped like the schema; sometimes anything at all (the wrong type, a bare string).
      const input = fc.oneof({ weight: 5, arbitrary: arbitraryFor(action.spec.input) }, hostileValue);
      const user = caller(action.spec.roles);
      await fc.assert(
        fc.asyncProperty(input, async (raw) => {
          const before = await counts();
          const r = await action.run(user, raw);
          const tally = (reached[name] ??= {});
          const key = r.ok ? "ok" : r.code;
          tally[key] = (tally[key] ?? 0) + 1;
          if (r.ok) return;
          expect(["INTERNAL", "UNAVAILABLE"], `${name}: ${r.code} ${r.message}`).not.toContain(r.code);
          expect(await counts(), `${name} refused (${r.code}) but wrote rows`).toEqual(before);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }
});

const BODY_ROUTES: { route: string; file: string; param: number }[] = [
  { route: "POST /api/products/[id]/image", file: "api/products/[id]/image/route.ts", param: 1 },
  { route: "POST /api/assessments/[id]/evidence", file: "api/assessments/[id]/evidence/route.ts", param: 0 },
  {
    route: "POST /api/product-versions/[id]/sbom",
    file: "api/product-versions/[id]/sbom/route.ts",
    param: 2,
  },
  {
    route: "POST /api/product-versions/[id]/vulnerabilities",
    file: "api/product-versions/[id]/vulnerabilities/route.ts",
    param: 2,
  },
];

const hostileBody = fc.oneof(
  hostileString,
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.dictionary(fc.string({ maxLength: 8 }), hostileValue, { maxKeys: 4 }).map((v) => JSON.stringify(v)),
  fc.constant('{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"name":"\\u0000"}]}'),
  fc.constant('--x\r\nContent-Disposition: form-data; name="file"\r\n\r\n\u0000\r\n--x--\r\n'),
);
const contentType = fc.constantFrom(
  "application/json",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "application/vnd.cyclonedx+json",
  "",
);

describe("the fuzzing itself", () => {
  it("gets past the schemas into use cases (not only validation refusals)", () => {
    if (process.env.FUZZ_REPORT) console.log(JSON.stringify(reached, null, 1));
    const past = Object.values(reached).filter((t) => Object.keys(t).some((k) => k !== "VALIDATION"));
    expect(past.length).toBeGreaterThan(ACTIONS.length / 3);
  });
});

describe(`protected route handlers that take a body, against ${testDatabaseKind()}, fuzzed`, () => {
  for (const { route, file, param } of BODY_ROUTES) {
    it(`${route}: never 5xx, no row written on refusal`, async () => {
      const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), "app", file))) as Record<
        string,
        ProtectedRoute
      >;
      const handler = mod.POST!;
      await fc.assert(
        fc.asyncProperty(hostileBody, contentType, async (body, type) => {
          const before = await counts();
          const request = new Request("http://app.test/x", {
            method: "POST",
            body,
            headers: type ? { "content-type": type } : {},
          });
          const res = await handler.runAs(who.maker, request, {
            params: Promise.resolve({ id: ids[param]! }),
          });
          const text = await res.text();
          expect(res.status, `${route}: ${text.slice(0, 200)}`).toBeLessThan(500);
          if (res.status >= 400) expect(await counts(), `${route} refused but wrote rows`).toEqual(before);
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }
});
