// The database goes away and comes back, seen from the app's own client (issue 11 item 6): the app's PostgreSQL
// connection runs through a TCP proxy this test cuts and restores, as a real outage would (connections terminated,
// then refused). A route handler answers 503 with Retry-After meanwhile, the server-wide state says "down" (what
// lib/cli/serve.ts turns 5xx pages into 503 with), and after the proxy is back the same client works again: the pool
// reconnects by itself, no restart. PostgreSQL only (the embedded PGlite cannot become unreachable).
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProtectedRoute } from "@/lib/auth/route";
import type { SessionUser } from "@/lib/db/accounts";
import { openDb, type Db } from "@/lib/db/connect";
import { isDatabaseDown, resetDatabaseReachability } from "@/lib/db/reachability";
import { toAppError } from "@/lib/errors";
import { makeProduct } from "@/lib/testing/assessments";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer } from "@/lib/testing/factories";

const onPostgres = testDatabaseKind() === "postgres";

let db: TestDb;
let app: Db;
let proxy: net.Server;
let up = true;
const sockets = new Set<net.Socket>();

beforeAll(async () => {
  if (!onPostgres) return;
  db = await createTestDb();
  if (db.target.kind !== "postgres") throw new Error("expected PostgreSQL");
  const target = new URL(db.target.url);
  proxy = net.createServer((client) => {
    if (!up) return void client.destroy();
    const server = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, server]) {
      sockets.add(s);
      s.on("error", () => undefined).on("close", () => sockets.delete(s));
    }
    client.on("close", () => server.destroy());
    server.on("close", () => client.destroy());
    client.pipe(server);
    server.pipe(client);
  });
  await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
  const via = new URL(db.target.url);
  via.hostname = "127.0.0.1";
  via.port = String((proxy.address() as AddressInfo).port);
  app = openDb({ kind: "postgres", url: via.toString() }, { poolMax: 2 });
  (globalThis as unknown as { cyberlabelDb?: Db }).cyberlabelDb = app;
  resetDatabaseReachability();
});
afterAll(async () => {
  if (!onPostgres) return;
  delete (globalThis as unknown as { cyberlabelDb?: Db }).cyberlabelDb;
  up = true;
  await app?.close();
  proxy?.close();
  await db?.drop();
});

function setDatabase(state: "up" | "down") {
  up = state === "up";
  if (!up) for (const s of [...sockets]) s.destroy();
}

describe.skipIf(!onPostgres)(`an outage of ${testDatabaseKind()}`, () => {
  it("answers 503 with Retry-After while the database is away, and works again after, without a restart", async () => {
    const maker: SessionUser = await makeManufacturer(db.prisma);
    const product = await makeProduct(db.prisma, maker);
    const { GET } = (await import("@/app/api/products/[id]/route")) as { GET: ProtectedRoute };
    const get = () =>
      GET.runAs(maker, new Request(`http://app.test/api/products/${product.id}`), {
        params: Promise.resolve({ id: product.id }),
      });

    expect((await get()).status).toBe(200);
    expect(isDatabaseDown()).toBe(false);

    setDatabase("down");
    const during = await get();
    expect(during.status).toBe(503);
    expect(during.headers.get("retry-after")).toBe("5");
    expect(await during.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
    expect(isDatabaseDown()).toBe(true);
    // A second call while it is still away: refused at connect this time, the same answer.
    expect((await get()).status).toBe(503);
    const err = await app.prisma.user.count().catch((e: unknown) => e);
    expect(toAppError(err).code).toBe("UNAVAILABLE");

    setDatabase("up");
    const after = await get();
    expect(after.status).toBe(200);
    expect(((await after.json()) as { id: string }).id).toBe(product.id);
    expect(isDatabaseDown()).toBe(false);
  });
});
