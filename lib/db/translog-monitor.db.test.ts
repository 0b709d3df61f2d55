// The log monitor against a registry answered from a real database (the same handlers as the public routes): it
// agrees with an honest registry run after run, and reports an un-revocation done behind the database's back, a
// rewritten log, and labels the registry serves outside the log.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { revokeLabel } from "@/lib/db/labels";
import { signTreeHeadNow } from "@/lib/db/translog-step";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { clearIntegrityCache } from "@/lib/labels/integrity";
import { generateSigningKey } from "@/lib/labels/signing";
import { runMonitor, type TMonitorState } from "@/lib/translog/monitor";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeIssuedLabel, type TIssuedLabel } from "@/lib/testing/labels";
import { registryClient, TEST_BASE_URL } from "@/lib/testing/translog";

let db: TestDb;
let p: PrismaClient;
const LABEL_KEY = generateSigningKey();
const LOG_KEY = generateSigningKey();
const signed = { privateKeyPem: LABEL_KEY.privateKeyPem };

beforeEach(async () => {
  db = await createTestDb();
  p = db.prisma;
});
afterEach(async () => {
  await db?.drop();
});

const sign = () => signTreeHeadNow(p, { logKeyPem: LOG_KEY.privateKeyPem, refreshMs: 0 });
/** `later`: run the monitor as if this much time had passed, so nothing recent is only "pending". */
async function monitor(state: TMonitorState | null, later = 0) {
  clearIntegrityCache();
  return runMonitor({
    url: TEST_BASE_URL,
    fetchJson: registryClient(p, {
      labelKeyPems: [LABEL_KEY.publicKeyPem],
      logKeyPems: [LOG_KEY.publicKeyPem],
    }),
    state,
    now: new Date(Date.now() + later),
  });
}
const LATER = 11 * 60_000;
const revoke = (l: TIssuedLabel, reason = "Firmware recalled.") =>
  revokeLabel(p, l.reviewer, { labelId: l.ids.labelId, reason });
async function allTriggersOff(tables: string[], fn: () => Promise<unknown>) {
  for (const t of tables) await p.$executeRawUnsafe(`ALTER TABLE "${t}" DISABLE TRIGGER ALL`);
  try {
    await fn();
  } finally {
    for (const t of tables) await p.$executeRawUnsafe(`ALTER TABLE "${t}" ENABLE TRIGGER ALL`);
  }
}

describe(`log monitor on ${testDatabaseKind()}`, () => {
  it("agrees with an honest registry run after run; a recent disagreement is pending, a lasting one a problem", async () => {
    const a = await makeIssuedLabel(p, signed);
    const b = await makeIssuedLabel(p, signed);
    await revoke(b);
    await sign();
    const first = await monitor(null);
    expect(first.problems).toEqual([]);
    expect(first.ok).toBe(true);
    expect(first.state?.treeHead.treeSize).toBe(3);

    await revoke(a);
    await sign();
    const second = await monitor(first.state);
    expect(second.problems).toEqual([]);
    expect(second.notes.join("\n")).toContain("consistent with 3 seen before");
    expect(second.state?.labels[a.publicCode]?.events.map((e) => e.event)).toEqual(["issued", "revoked"]);

    // Issued after the latest tree head: not a disagreement, only pending.
    const c = await makeIssuedLabel(p, { ...signed, issuedAt: new Date().toISOString() });
    const third = await monitor(second.state);
    expect(third.ok).toBe(true);
    expect(third.notes.join("\n")).toContain(
      `label ${c.publicCode} is served but not in the log (recent: pending)`,
    );
    // Still missing from the log eleven minutes on: now it is a problem.
    expect((await monitor(second.state, LATER)).problems).toEqual([
      `label ${c.publicCode} is served but not in the log`,
    ]);
  });

  it("reports an un-revocation done behind the triggers (the event and its log entry deleted)", async () => {
    const a = await makeIssuedLabel(p, signed);
    await revoke(a, "Default password in firmware.");
    await makeIssuedLabel(p, signed); // a later entry, so the deleted one is not the last
    await sign();
    const seen = await monitor(null);
    expect(seen.ok).toBe(true);

    await allTriggersOff(["LabelEvent", "TransparencyLogEntry"], async () => {
      await p.$executeRawUnsafe(
        `DELETE FROM "TransparencyLogEntry" WHERE "labelId" = '${a.ids.labelId}' AND "leaf" LIKE '%"event":"revoked"%'`,
      );
      await p.$executeRawUnsafe(
        `DELETE FROM "LabelEvent" WHERE "labelId" = '${a.ids.labelId}' AND "kind" = 'REVOKED'`,
      );
    });
    // The public page now says "valid" (the label's remaining event and entry agree) …
    // … but the operator's signer refuses to sign a log with a hole, and the monitor remembers the revocation.
    await expect(sign()).rejects.toThrow(/damaged/);
    // Right after the revocation this could still be the registry's cache: pending. Minutes later, a problem.
    expect((await monitor(seen.state)).notes.join("\n")).toContain("(recent: pending)");
    const r = await monitor(seen.state, LATER);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual(
      `label ${a.publicCode}: the registry shows history [issued], the log says [issued, revoked]`,
    );
  });

  it("reports a rewritten log: the history without the revocation, re-signed", async () => {
    const a = await makeIssuedLabel(p, signed);
    await revoke(a);
    await sign();
    const seen = await monitor(null);
    expect(seen.ok).toBe(true);

    // An insider rebuilds the whole log without the revocation and signs it with the real key.
    const kept = await p.transparencyLogEntry.findMany({
      where: { NOT: { leaf: { contains: '"event":"revoked"' } } },
      orderBy: { leafIndex: "asc" },
    });
    await allTriggersOff(
      ["LabelEvent", "TransparencyLogEntry", "TransparencyLogNode", "SignedTreeHead"],
      async () => {
        await p.$executeRawUnsafe(`DELETE FROM "TransparencyLogEntry"`);
        await p.$executeRawUnsafe(`DELETE FROM "TransparencyLogNode"`);
        await p.$executeRawUnsafe(`DELETE FROM "SignedTreeHead"`);
        await p.$executeRawUnsafe(`DELETE FROM "LabelEvent" WHERE "kind" = 'REVOKED'`);
      },
    );
    for (const e of kept)
      await p.transparencyLogEntry.create({
        data: { leaf: e.leaf, leafHash: e.leafHash, labelId: e.labelId, labelEventId: e.labelEventId },
      });
    await makeIssuedLabel(p, signed);
    await makeIssuedLabel(p, signed); // the log grows past the size the monitor saw
    await sign();
    const r = await monitor(seen.state);
    expect(r.ok).toBe(false);
    expect(r.problems.join("\n")).toMatch(
      /is not an extension of tree size 2 seen before: the log was rewritten/,
    );
    // The last good tree head is kept, so the alarm does not go away on the next run.
    expect(r.state?.treeHead).toEqual(seen.state?.treeHead);
    expect((await monitor(r.state)).ok).toBe(false);
  });

  it("reports a label the registry itself flags as failing its integrity check (a changed snapshot)", async () => {
    const a = await makeIssuedLabel(p, signed);
    await sign();
    const seen = await monitor(null);
    await allTriggersOff(["Label"], () =>
      p.$executeRawUnsafe(
        `UPDATE "Label" SET "snapshot" = jsonb_set("snapshot", '{result,cn,stars}', '3') WHERE "id" = '${a.ids.labelId}'`,
      ),
    );
    const r = await monitor(seen.state);
    expect(r.ok).toBe(false);
    expect(r.problems.join("\n")).toContain(
      `label ${a.publicCode}: the registry reports its integrity check failed (digest_mismatch`,
    );
  });
});
