// Migration …_audit_chain_per_organization on a database whose audit trail is the single chain of before: its
// events keep verifying as they are, new events go to one chain per organisation that starts from the old chain's
// last event, and removing or changing the old chain's events is still caught. (Embedded PGlite: the migrations
// are applied in two steps, which needs a database of the test's own.)
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/db/audit";
import { chainHash, GENESIS_HASH, verifyAuditChain } from "@/lib/db/audit-chain";
import { openDb, type Db } from "@/lib/db/connect";
import { applyMigrations, MIGRATIONS_DIR } from "@/lib/db/migrations";

const PER_ORG = "20261201160000_audit_chain_per_organization";

describe("the audit chain split per organisation, on a database with the single chain", () => {
  let db: Db;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "audit-chain-split-"));
    for (const name of readdirSync(MIGRATIONS_DIR))
      if (name === "migration_lock.toml" || name < PER_ORG)
        cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
    db = openDb({ kind: "pglite-memory" });
    await applyMigrations(db.adapter, dir);
    await db.refreshTypes?.();
  });
  afterAll(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps the old events verifiable and links every new chain to the old chain's last event", async () => {
    const p = db.prisma;
    await p.$executeRawUnsafe(
      `INSERT INTO "Organization" ("id", "name", "kind", "updatedAt") VALUES ('org-a', 'A', 'MANUFACTURER', now())`,
    );
    for (let i = 0; i < 3; i++)
      await recordAudit(p, { actorId: null, action: "old", subjectType: "audit", subjectId: `o${i}` });
    const old = await p.$queryRawUnsafe<{ seq: bigint; hash: string; prevHash: string }[]>(
      `SELECT "seq", "hash", "prevHash" FROM "AuditEvent" ORDER BY "seq"`,
    );
    expect(old.map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    expect(old[0]!.prevHash).toBe(GENESIS_HASH);

    // This migration first, then any later one (their order is their names').
    expect((await applyMigrations(db.adapter))[0]).toBe(PER_ORG);
    await db.refreshTypes?.();
    const before = await verifyAuditChain(p);
    expect(before).toMatchObject({ ok: true, events: 3 });
    expect(before.head).toMatchObject({ seq: 3, hash: old[2]!.hash }); // a head noted before still matches

    await recordAudit(p, {
      actorId: null,
      action: "new",
      subjectType: "audit",
      subjectId: "n0",
      organizationId: "org-a",
    });
    await recordAudit(p, { actorId: null, action: "new", subjectType: "audit", subjectId: "n1" });
    await recordAudit(p, {
      actorId: null,
      action: "new",
      subjectType: "audit",
      subjectId: "n2",
      organizationId: "org-a",
    });
    const rows = await p.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(rows.slice(0, 3).every((r) => r.chain === null && r.chainSeq === null)).toBe(true);
    const [n0, n1, n2] = rows.slice(3);
    expect([n0!.chain, n1!.chain, n2!.chain]).toEqual(["org-a", "", "org-a"]);
    expect([n0!.chainSeq, n1!.chainSeq, n2!.chainSeq]).toEqual([1n, 1n, 2n]);
    // Both new chains start from the old chain's last event; within a chain, each event links to the one before.
    expect(n0!.prevHash).toBe(old[2]!.hash);
    expect(n1!.prevHash).toBe(old[2]!.hash);
    expect(n2!.prevHash).toBe(n0!.hash);
    expect(n2!.hash).toBe(chainHash(n0!.hash!, 2n, n2!.bodyHash!));
    expect(Number(n0!.seq)).toBeGreaterThan(3);

    const now = await verifyAuditChain(p);
    expect(now).toMatchObject({ ok: true, events: 6 });
    expect((await verifyAuditChain(p, { expectHead: { seq: 3, hash: old[2]!.hash } })).ok).toBe(true);
    expect(
      (await verifyAuditChain(p, { expectHead: { seq: now.head!.seq, hash: now.head!.hash! } })).ok,
    ).toBe(true);

    // The old chain's last event removed behind the triggers: the new chains no longer start from its head.
    await p.$executeRawUnsafe(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    await p.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE "seq" = 3`);
    await p.$executeRawUnsafe(`ALTER TABLE "AuditEvent" ENABLE TRIGGER USER`);
    const r = await verifyAuditChain(p);
    expect(r.ok).toBe(false);
    expect(r.firstBreak).toEqual({
      seq: Number(n0!.seq),
      reason: expect.stringMatching(/does not start from/),
    });
  });
});
