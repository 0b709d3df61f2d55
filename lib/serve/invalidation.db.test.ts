// The QR landing path's cache (lib/cli/serve.ts) is invalidated by every label event: revocation, suspension,
// expiry, supersession, each committed through appendLabelEvent, reach the cache by NOTIFY (PostgreSQL: a LISTEN
// connection, as every server process holds; PGlite: in-process) and the cached response is rendered again.
// The renderer here reads the label the way the page does (getPublicLabel, with its integrity check) and keeps
// what the page shows of its state, so "the cached page changes" is observable without a Next build (the e2e
// tests cover the same chain through serve.ts and Next: e2e/landing-cache.spec.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appendLabelEvent } from "@/lib/db/label-events";
import { getPublicLabel } from "@/lib/db/public-labels";
import { revokeLabel } from "@/lib/db/labels";
import { appendDueExpiries } from "@/lib/db/translog-step";
import { deriveLabelHistory } from "@/lib/labels/state";
import { generateSigningKey, publicKeyFromPrivate } from "@/lib/labels/signing";
import { onPublicLabelChanged } from "@/lib/serve/bus";
import { listenForLabelEvents } from "@/lib/serve/listen";
import { isCacheableLabelPage, PublicPageCache, toCached } from "@/lib/serve/page-cache";
import { createTestDb, type TestDb } from "@/lib/testing/db";
import { makeIssuedLabel } from "@/lib/testing/labels";

const key = generateSigningKey();
const keys = [publicKeyFromPrivate(key.privateKeyPem).pem];
let db: TestDb;
let cache: PublicPageCache;
let renders = 0;
let stopListening: (() => Promise<void>) | null = null;
let stopBus: (() => void) | null = null;

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting for the cache");
    await new Promise((r) => setTimeout(r, 20));
  }
}

const shown = (code: string) => cache.get(`/r/${code}/en`, code)?.body.toString() ?? null;

beforeAll(async () => {
  db = await createTestDb();
  cache = new PublicPageCache(
    async (k) => {
      renders++;
      const code = k.split("/")[2]!;
      const label = await getPublicLabel(db.prisma, code, { keys });
      if (!label) return null;
      const state = label.integrity.ok
        ? deriveLabelHistory(label.events, label.validUntil).state
        : "integrity_failed";
      const html = `<p data-testid="pl-status" data-state="${state}">${label.events.map((e) => e.kind).join(",")}</p>`;
      if (!isCacheableLabelPage(200, html)) return null;
      return toCached({ status: 200, headers: [["content-type", "text/html"]], body: Buffer.from(html) });
    },
    { refreshMs: 3_600_000, maxEntries: 100 },
  );
  stopBus = onPublicLabelChanged((code) => void cache.invalidate(code));
  if (db.target.kind === "postgres") {
    let ready = false;
    const l = listenForLabelEvents(db.target.url, { ready: () => (ready = true), lost: () => undefined });
    stopListening = l.close;
    await until(() => ready);
  }
});

afterAll(async () => {
  stopBus?.();
  await stopListening?.();
  await db?.drop();
});

/** Fills the cache (again if the label's own ISSUED notification arrived during the render and discarded it). */
async function cached(code: string): Promise<string> {
  for (let i = 0; i < 20 && shown(code) === null; i++) {
    await cache.fill(`/r/${code}/en`, code);
    if (shown(code) === null) await new Promise((r) => setTimeout(r, 50));
  }
  const body = shown(code);
  if (body === null) throw new Error("not cached");
  return body;
}

describe("public page cache invalidation by label events", () => {
  it("revocation: the cached page changes to revoked", async () => {
    const l = await makeIssuedLabel(db.prisma, { privateKeyPem: key.privateKeyPem });
    expect(await cached(l.publicCode)).toContain('data-state="valid"');
    const before = renders;
    await revokeLabel(db.prisma, l.reviewer, { labelId: l.ids.labelId, reason: "Key extracted" });
    await until(() => shown(l.publicCode)?.includes('data-state="revoked"') ?? false);
    expect(shown(l.publicCode)).toContain("ISSUED,REVOKED");
    expect(renders).toBeGreaterThan(before);
  });

  it("suspension: the cached page changes to suspended", async () => {
    const l = await makeIssuedLabel(db.prisma, { privateKeyPem: key.privateKeyPem });
    expect(await cached(l.publicCode)).toContain('data-state="valid"');
    await db.prisma.$transaction((tx) =>
      appendLabelEvent(tx, {
        labelId: l.ids.labelId,
        kind: "SUSPENDED",
        at: new Date(),
        reason: "Under review",
      }),
    );
    await until(() => shown(l.publicCode)?.includes('data-state="suspended"') ?? false);
  });

  it("expiry logged by the log step: the cached page is rendered again with the EXPIRED event", async () => {
    const day = 86_400_000;
    const iso = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, ".000Z");
    const l = await makeIssuedLabel(db.prisma, {
      privateKeyPem: key.privateKeyPem,
      issuedAt: iso(Date.now() - 400 * day),
      validUntil: iso(Date.now() - 30 * day),
    });
    expect(await cached(l.publicCode)).toBe(`<p data-testid="pl-status" data-state="expired">ISSUED</p>`);
    expect(await appendDueExpiries(db.prisma)).toBeGreaterThanOrEqual(1);
    await until(() => shown(l.publicCode)?.includes("ISSUED,EXPIRED") ?? false);
  });

  it("a rolled-back event notifies nobody, and a label failing its integrity check is never cached", async () => {
    const l = await makeIssuedLabel(db.prisma, { privateKeyPem: key.privateKeyPem });
    await cached(l.publicCode);
    const before = renders;
    await expect(
      db.prisma.$transaction(async (tx) => {
        await appendLabelEvent(tx, { labelId: l.ids.labelId, kind: "REVOKED", at: new Date(), reason: "x" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await new Promise((r) => setTimeout(r, 300));
    expect(renders).toBe(before);
    expect(shown(l.publicCode)).toContain('data-state="valid"');

    const forged = await makeIssuedLabel(db.prisma); // signed with a key nobody publishes
    expect(await cache.fill(`/r/${forged.publicCode}/en`, forged.publicCode)).toBeNull();
    expect(shown(forged.publicCode)).toBeNull();
  });
});
