// The authorization matrix (issue 11, Tests), generated from the route list: every page (app/**/page.tsx), route
// handler (app/**/route.ts, per exported method) and server action ('use server' exports under app/) must be in
// lib/testing/access-matrix.ts, so a new one cannot be forgotten; the roles there are checked against the code; and
// every protected route handler runs for six identities (anonymous, manufacturer A, manufacturer B, a reviewer of
// the lab A's assessment went to, a reviewer of another lab, an admin) against the database, with A's records.
// Server actions run their use case for the same six (lib/auth/guarded.test.ts and lib/db/cross-org.db.test.ts
// cover the actions' ownership with complete inputs; pages' ownership is e2e/other-org.spec.ts's).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
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
import { makeSubmitted } from "@/lib/testing/assessments";
import {
  ACTIONS,
  IDENTITIES,
  PAGES,
  PUBLIC,
  ROUTES,
  type TAccess,
  type TExpect,
  type TFixture,
  type TIdentity,
} from "@/lib/testing/access-matrix";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser } from "@/lib/testing/factories";

const APP = path.join(process.cwd(), "app");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}
const FILES = walk(APP).map((f) => path.relative(APP, f).split(path.sep).join("/"));

/** "(site)/(manufacturer)/products/[id]/page.tsx" → "/products/[id]" */
function pattern(file: string): string {
  const segs = file
    .split("/")
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segs.join("/")}`;
}

const ROLE_CONSTANTS: Record<string, Role[]> = {
  MANUFACTURER: ["MANUFACTURER_MEMBER"],
  REVIEWER: ["LAB_REVIEWER"],
  ADMIN: ["ADMIN"],
  ANY_ROLE: ["MANUFACTURER_MEMBER", "LAB_REVIEWER", "ADMIN"],
};
const sorted = (a: TAccess): TAccess => (a === PUBLIC ? a : [...new Set(a)].sort());

/** The roles a page's requirePageUser(...) names, from its source; PUBLIC when it calls none. */
function pageAccess(file: string): TAccess {
  const src = readFileSync(path.join(APP, file), "utf8");
  const m = /requirePageUser\(\s*(\[[^\]]*\]|[A-Z_]+)\s*,/.exec(src);
  if (!m) return PUBLIC;
  const names = m[1]!.match(/[A-Z_]+/g) ?? [];
  return sorted(names.flatMap((n) => ROLE_CONSTANTS[n] ?? [`unknown constant ${n}` as Role]));
}

const ACTION_MODULES: Record<string, unknown>[] = [
  accountActions,
  adminActions,
  adminUserActions,
  assessmentActions,
  notificationActions,
  productActions,
  reviewActions,
  vulnerabilityActions,
];
const GUARDED = new Map<string, GuardedAction<never, unknown>>();
for (const mod of ACTION_MODULES)
  for (const [name, value] of Object.entries(mod))
    if (typeof value === "object" && value !== null && "spec" in value)
      GUARDED.set(name, value as GuardedAction<never, unknown>);

/** Each 'use server' export and the guarded action it invokes (null: it invokes none, i.e. it is public). */
function serverActions(): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const file of FILES.filter((f) => /\.tsx?$/.test(f))) {
    const src = readFileSync(path.join(APP, file), "utf8");
    if (!/^\s*["']use server["']/.test(src)) continue;
    const parts = src.split(/(?=^export async function )/m).slice(1);
    for (const part of parts) {
      const name = /^export async function (\w+)/.exec(part)![1]!;
      out.set(`${file}:${name}`, /invoke\(\s*(\w+)/.exec(part)?.[1] ?? null);
    }
    // Any other export form would escape the matrix: refuse it.
    expect(
      src.match(/^export (?!async function )/gm),
      `${file} exports something other than async functions`,
    ).toBeNull();
  }
  return out;
}

describe("the authorization matrix is complete: generated from the route list", () => {
  it("lists every page, and each protected page's roles are those its requirePageUser allows", () => {
    const found = Object.fromEntries(
      FILES.filter((f) => f.endsWith("/page.tsx") || f === "page.tsx").map((f) => [
        pattern(f),
        pageAccess(f),
      ]),
    );
    expect(Object.keys(found).sort()).toEqual(Object.keys(PAGES).sort());
    for (const [p, access] of Object.entries(found)) expect(access, p).toEqual(sorted(PAGES[p]!));
  });

  it("lists every route handler's methods, and the protected ones' roles are their defineRoute roles", async () => {
    const found: Record<string, TAccess> = {};
    for (const file of FILES.filter((f) => f.endsWith("/route.ts"))) {
      const mod = (await import(/* @vite-ignore */ path.join(APP, file))) as Record<string, unknown>;
      for (const method of METHODS) {
        const handler = mod[method];
        if (typeof handler !== "function") continue;
        const spec = (handler as Partial<ProtectedRoute>).spec;
        found[`${method} ${pattern(file)}`] = spec ? sorted([...spec.roles]) : PUBLIC;
      }
    }
    expect(Object.keys(found).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [key, access] of Object.entries(found))
      expect(access, key).toEqual(sorted(ROUTES[key]!.access));
  });

  it("lists every server action, and the guarded ones' roles are the roles of the use case they invoke", () => {
    const found = serverActions();
    expect([...found.keys()].sort()).toEqual(Object.keys(ACTIONS).sort());
    for (const [key, guarded] of found) {
      if (guarded === null) {
        expect(ACTIONS[key], `${key} invokes no guarded action: it must be listed as public`).toBe(PUBLIC);
        continue;
      }
      const action = GUARDED.get(guarded);
      expect(action, `${key} invokes ${guarded}, which is not a guarded action of lib/actions`).toBeDefined();
      expect(sorted([...action!.spec.roles]), key).toEqual(sorted(ACTIONS[key]!));
    }
  });
});

let db: TestDb;
const who = {} as Record<Exclude<TIdentity, "anonymous">, SessionUser>;
const fixtures = {} as Record<Exclude<TFixture, "unknown">, string>;

beforeAll(async () => {
  db = await createTestDb();
  // The app's route handlers and actions reach the database through lib/db/client.ts: point it at this one.
  (globalThis as unknown as { cyberlabelDb?: Db }).cyberlabelDb = db;
  const p = db.prisma;
  who.makerA = await makeManufacturer(p);
  who.makerB = await makeManufacturer(p);
  who.reviewerLab = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  who.reviewerOtherLab = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  who.admin = await makeOrgUser(p, "OPERATOR", "ADMIN");
  const submitted = await makeSubmitted(p, who.makerA, who.reviewerLab.organizationId);
  fixtures.assessmentA = submitted.id;
  fixtures.productA = submitted.productId;
  fixtures.versionA = (
    await p.productVersion.findFirstOrThrow({ where: { productId: submitted.productId } })
  ).id;
  fixtures.evidenceA = (await p.evidenceFile.findFirstOrThrow({ where: { assessmentId: submitted.id } })).id;
});
afterAll(async () => {
  delete (globalThis as unknown as { cyberlabelDb?: Db }).cyberlabelDb;
  await db?.drop();
});

const UNKNOWN_ID = "cmatrixunknown0000000000";

function matches(status: number, e: TExpect): boolean {
  if (typeof e === "number") return status === e;
  if (status >= 500) return false;
  if (e === "allowed") return status !== 401 && status !== 403;
  return status >= 400; // denied
}

describe(`every protected route handler × six identities on ${testDatabaseKind()}`, () => {
  for (const [key, entry] of Object.entries(ROUTES)) {
    if (entry.access === PUBLIC) continue;
    it(key, async () => {
      const [method, route] = key.split(" ") as [string, string];
      const file = FILES.find((f) => f.endsWith("/route.ts") && pattern(f) === route)!;
      const mod = (await import(/* @vite-ignore */ path.join(APP, file))) as Record<string, ProtectedRoute>;
      const handler = mod[method]!;
      const params: Record<string, string> = {};
      let url = route;
      for (const [name, value] of Object.entries(entry.params)) {
        params[name] = value.startsWith("=")
          ? value.slice(1)
          : value === "unknown"
            ? UNKNOWN_ID
            : fixtures[value as Exclude<TFixture, "unknown">];
        url = url.replace(`[${name}]`, params[name]!);
      }
      const seen: Record<string, number> = {};
      for (const identity of IDENTITIES) {
        const user = identity === "anonymous" ? null : who[identity];
        const request = new Request(`http://app.test${url}`, {
          method,
          ...(method === "POST" ? { body: "", headers: { "content-type": "application/json" } } : {}),
        });
        const res = await handler.runAs(user, request, { params: Promise.resolve(params) });
        await res.arrayBuffer();
        seen[identity] = res.status;
      }
      const expected = { anonymous: 401 as TExpect, ...entry.expect };
      const wrong = IDENTITIES.filter((i) => !matches(seen[i]!, expected[i]));
      expect(wrong, `${key}: saw ${JSON.stringify(seen)}, expected ${JSON.stringify(expected)}`).toEqual([]);
    });
  }
});

describe(`every server action × six identities on ${testDatabaseKind()}`, () => {
  const found = serverActions();
  for (const [key, guarded] of found) {
    if (guarded === null) continue;
    it(key, async () => {
      const action = GUARDED.get(guarded)!;
      const allowed = ACTIONS[key] as Role[];
      for (const identity of IDENTITIES) {
        const user = identity === "anonymous" ? null : who[identity];
        // No input at all: a caller who may use the action gets past authorization and is refused as invalid
        // (nothing runs, nothing is written); everyone else is refused before the input is read.
        const r = await action.run(user, undefined);
        const want = !user ? "UNAUTHENTICATED" : allowed.includes(user.role) ? "VALIDATION" : "FORBIDDEN";
        expect(r.ok ? "ok" : r.code, `${key} for ${identity}`).toBe(want);
      }
    });
  }
});
