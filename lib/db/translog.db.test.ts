// The transparency log on a real database: the subtrees the trigger stores give exactly the RFC 9162 roots and
// proofs, the scheduled step logs expiry and signs tree heads (one signer at a time), the public endpoints validate
// their parameters, and the offline verifiers accept a real label's files and refuse altered ones.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/db/audit-chain";
import { revokeLabel } from "@/lib/db/labels";
import { appendLabelEvent } from "@/lib/db/label-events";
import { logConsistencyProof, logInclusionProof, logRoot, listLogEntries } from "@/lib/db/translog";
import { runLogStep, signTreeHeadNow } from "@/lib/db/translog-step";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openApiDocument } from "@/lib/labels/openapi";
import {
  generateSigningKey,
  publicKeyDocument,
  SIGNATURE_ALG,
  SIGNED_SNAPSHOT_FORMAT,
} from "@/lib/labels/signing";
import { parseLeaf } from "@/lib/translog/leaf";
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  perfectNodes,
  rootHash,
  verifyInclusion,
} from "@/lib/translog/merkle";
import { getConsistencyProof, getEntries, getInclusionProof, getTreeHead } from "@/lib/translog/public-api";
import { verifyTreeHead } from "@/lib/translog/tree-head";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { validateJsonSchema } from "@/lib/testing/json-schema";
import { makeIssuedLabel } from "@/lib/testing/labels";

let db: TestDb;
let p: PrismaClient;
const LABEL_KEY = generateSigningKey();
const LOG_KEY = generateSigningKey();
const signed = { privateKeyPem: LABEL_KEY.privateKeyPem };

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
});
afterAll(async () => {
  await db?.drop();
});

const hex = (bs: Buffer[]) => bs.map((b) => b.toString("hex"));
const get = (url: string) => new Request(`https://registry.test.example${url}`);
const body = async (r: Response) => ({ status: r.status, json: (await r.json()) as Record<string, unknown> });

describe(`the log's stored subtrees on ${testDatabaseKind()}`, () => {
  it("give the RFC 9162 root, inclusion and consistency proofs of the leaves, for every size", async () => {
    const l = await makeIssuedLabel(p, signed);
    // 30 more leaves: suspensions and reinstatements of one label (each event is a leaf).
    for (let i = 0; i < 30; i++)
      await p.$transaction((tx) =>
        appendLabelEvent(tx, {
          labelId: l.ids.labelId,
          kind: i % 2 === 0 ? "SUSPENDED" : "REINSTATED",
          at: new Date(Date.now() - (40 - i) * 60_000),
          reason: i % 2 === 0 ? `incident ${i}` : null,
        }),
      );
    const entries = await listLogEntries(p, 0, 1000);
    const n = entries.length;
    expect(n).toBeGreaterThanOrEqual(31);
    expect(entries.map((e) => e.leafIndex)).toEqual([...Array(n).keys()]);
    const leaves = entries.map((e) => Buffer.from(e.leaf, "utf8"));
    for (const e of entries) {
      expect(parseLeaf(e.leaf)).not.toBeNull();
      expect(e.leafHash).toBe(leafHash(Buffer.from(e.leaf, "utf8")).toString("hex"));
    }
    const ref = perfectNodes(leaves.map(leafHash));
    for (let size = 1; size <= n; size++) {
      const root = rootHash(ref, size).toString("hex");
      expect(await logRoot(p, size)).toBe(root);
      const [sql] = await p.$queryRawUnsafe<{ r: string }[]>(`SELECT translog_root(${size}) AS r`);
      expect(sql?.r).toBe(root);
    }
    for (const size of [1, 2, 3, 7, 8, 13, 16, 17, n]) {
      for (let m = 0; m < size; m++) {
        const path = await logInclusionProof(p, m, size);
        expect(path).toEqual(hex(inclusionProof(ref, m, size)));
        expect(
          verifyInclusion(
            m,
            size,
            leafHash(leaves[m]!),
            path.map((h) => Buffer.from(h, "hex")),
            rootHash(ref, size),
          ),
        ).toBe(true);
      }
      for (let m = 1; m <= size; m++)
        expect(await logConsistencyProof(p, m, size)).toEqual(hex(consistencyProof(ref, m, size)));
    }
  });
});

describe(`the scheduled log step on ${testDatabaseKind()}`, () => {
  it("logs the expiry of a label once, signs a tree head over the whole log, and re-signs only when due", async () => {
    const expired = await makeIssuedLabel(p, {
      ...signed,
      issuedAt: "2024-01-10T10:00:00.000Z",
      validUntil: "2025-01-10T10:00:00.000Z",
    });
    const now = new Date();
    const first = await runLogStep(p, { logKeyPem: LOG_KEY.privateKeyPem, now });
    expect(first.expired).toBeGreaterThanOrEqual(1);
    const events = await p.labelEvent.findMany({
      where: { labelId: expired.ids.labelId },
      orderBy: { seq: "asc" },
    });
    expect(events.map((e) => [e.kind, e.at.toISOString()])).toEqual([
      ["ISSUED", "2024-01-10T10:00:00.000Z"],
      ["EXPIRED", "2025-01-10T10:00:00.000Z"],
    ]);
    expect(
      await p.auditEvent.count({ where: { action: "label.expired", subjectId: expired.ids.labelId } }),
    ).toBe(1);
    expect(first.sign.signed).toBe(true);
    if (!first.sign.signed) return;
    const sth = first.sign.treeHead;
    expect(sth.treeSize).toBe(await p.transparencyLogEntry.count());
    expect(sth.rootHash).toBe(await logRoot(p, sth.treeSize));
    expect(verifyTreeHead([LOG_KEY.publicKeyPem], sth)).toBe(true);
    expect(verifyTreeHead([generateSigningKey().publicKeyPem], sth)).toBe(false);
    expect(verifyTreeHead([LOG_KEY.publicKeyPem], { ...sth, treeSize: sth.treeSize - 1 })).toBe(false);

    const again = await runLogStep(p, {
      logKeyPem: LOG_KEY.privateKeyPem,
      now: new Date(now.getTime() + 60_000),
    });
    expect(again).toMatchObject({ expired: 0, sign: { signed: false, reason: "current" } });
    const dayLater = await signTreeHeadNow(p, {
      logKeyPem: LOG_KEY.privateKeyPem,
      now: new Date(now.getTime() + 25 * 3_600_000),
    });
    expect(dayLater).toMatchObject({
      signed: true,
      treeHead: { treeSize: sth.treeSize, rootHash: sth.rootHash },
    });
    expect((await verifyAuditChain(p)).ok).toBe(true);
  });

  it("refuses a tree head that does not match the log, shrinks or goes back in time", async () => {
    const latest = await p.signedTreeHead.findFirstOrThrow({ orderBy: { timestamp: "desc" } });
    const forged = (over: Record<string, unknown>) =>
      p.signedTreeHead.create({
        data: {
          treeSize: latest.treeSize,
          rootHash: latest.rootHash,
          timestamp: new Date(latest.timestamp.getTime() + 86_400_000 * 3),
          keyId: latest.keyId,
          signature: latest.signature,
          ...over,
        },
      });
    await expect(forged({ rootHash: "ab".repeat(32) })).rejects.toThrow(/does not match the log/);
    await expect(forged({ treeSize: latest.treeSize + 100n })).rejects.toThrow(/does not match the log/);
    await expect(forged({ treeSize: latest.treeSize - 1n })).rejects.toThrow(/never shrinks/);
    await expect(forged({ timestamp: new Date(latest.timestamp.getTime() - 1) })).rejects.toThrow(
      /never shrinks/,
    );
  });

  it.runIf(testDatabaseKind() === "postgres")(
    "several instances signing at once: one signs, the others skip",
    async () => {
      await makeIssuedLabel(p, signed); // something new to sign
      const results = await Promise.all(
        Array.from({ length: 6 }, () => signTreeHeadNow(p, { logKeyPem: LOG_KEY.privateKeyPem })),
      );
      const signedCount = results.filter((r) => r.signed).length;
      expect(signedCount).toBe(1);
      expect(results.every((r) => r.signed || r.reason === "locked" || r.reason === "current")).toBe(true);
    },
  );
});

describe(`public log endpoints on ${testDatabaseKind()}`, () => {
  it("answer with documented shapes and validate every parameter with a clear 400", async () => {
    const l = await makeIssuedLabel(p, signed);
    await signTreeHeadNow(p, { logKeyPem: LOG_KEY.privateKeyPem, refreshMs: 0 });
    const doc = openApiDocument("https://registry.test.example");
    const schema = (name: string) => ({ $ref: `#/components/schemas/${name}` });

    const th = await body(await getTreeHead(p));
    expect(th.status).toBe(200);
    expect(validateJsonSchema(doc, schema("SignedTreeHead"), th.json)).toEqual([]);
    const size = th.json.treeSize as number;

    const inc = await body(
      await getInclusionProof(p, get(`/api/public/log/proof/inclusion?code=${l.publicCode}`)),
    );
    expect(inc.status).toBe(200);
    expect(validateJsonSchema(doc, schema("InclusionProof"), inc.json)).toEqual([]);
    const byIndex = await body(
      await getInclusionProof(p, get(`/api/public/log/proof/inclusion?leafIndex=0&treeSize=${size}`)),
    );
    expect(byIndex.status).toBe(200);
    const cons = await body(await getConsistencyProof(p, get(`/api/public/log/proof/consistency?first=1`)));
    expect(validateJsonSchema(doc, schema("ConsistencyProof"), cons.json)).toEqual([]);
    const ent = await body(await getEntries(p, get(`/api/public/log/entries?start=0&end=2`)));
    expect(validateJsonSchema(doc, schema("LogEntries"), ent.json)).toEqual([]);
    expect((ent.json.entries as unknown[]).length).toBe(2);

    for (const [url, field] of [
      ["/api/public/log/proof/inclusion?code=nope", "code"],
      ["/api/public/log/proof/inclusion?code=CL-0&leafIndex=1", "code"],
      ["/api/public/log/proof/inclusion", "code"],
      ["/api/public/log/proof/inclusion?leafIndex=-1", "leafIndex"],
      ["/api/public/log/proof/inclusion?leafIndex=1e3", "leafIndex"],
      [`/api/public/log/proof/inclusion?leafIndex=0&treeSize=${size + 1000}`, "treeSize"],
      ["/api/public/log/proof/inclusion?leafIndex=0&extra=1", "query"],
      ["/api/public/log/proof/consistency?first=0", "first"],
      ["/api/public/log/proof/consistency?first=3&second=2", "second"],
      [`/api/public/log/proof/consistency?first=1&second=${size + 1}`, "second"],
      ["/api/public/log/proof/consistency", "first"],
      ["/api/public/log/entries?start=abc", "start"],
      ["/api/public/log/entries?start=5&end=5", "end"],
      ["/api/public/log/entries?start=0&end=1000", "end"],
    ] as const) {
      const handler = url.includes("inclusion")
        ? getInclusionProof
        : url.includes("consistency")
          ? getConsistencyProof
          : getEntries;
      const r = await body(await handler(p, get(url)));
      expect(r.status, url).toBe(400);
      const err = r.json.error as { code: string; fieldErrors: Record<string, string[]> };
      expect(err.code, url).toBe("VALIDATION");
      expect(Object.keys(err.fieldErrors), url).toContain(field);
    }
    expect(
      (await getInclusionProof(p, get("/api/public/log/proof/inclusion?code=CL-0000-0000-0000-0000"))).status,
    ).toBe(404);
    expect((await getInclusionProof(p, get("/api/public/log/proof/inclusion?leafIndex=999999"))).status).toBe(
      404,
    );
  });
});

describe(`offline verification of a real label on ${testDatabaseKind()}`, () => {
  const run = (file: string, args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, [path.join(process.cwd(), file), ...args], { encoding: "utf8" }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it("node verify-cli.mjs and verify-log-cli.mjs accept the downloads and refuse altered ones", async () => {
    const l = await makeIssuedLabel(p, signed);
    await revokeLabel(p, l.reviewer, { labelId: l.ids.labelId, reason: "Recalled by the manufacturer." });
    await signTreeHeadNow(p, { logKeyPem: LOG_KEY.privateKeyPem, refreshMs: 0 });
    const dir = mkdtempSync(path.join(tmpdir(), "verify-log-"));
    const files = {
      proof: path.join(dir, "proof.json"),
      keys: path.join(dir, "keys.json"),
      snapshot: path.join(dir, "snapshot.json"),
      key: path.join(dir, "key.pem"),
      tampered: path.join(dir, "tampered.json"),
    };
    const proof = (
      await body(await getInclusionProof(p, get(`/api/public/log/proof/inclusion?code=${l.publicCode}`)))
    ).json as { entries: { leafIndex: number; leaf: string; auditPath: string[] }[] };
    writeFileSync(files.proof, JSON.stringify(proof, null, 2));
    const keys = publicKeyDocument([LABEL_KEY.publicKeyPem], {
      keyPems: [LOG_KEY.publicKeyPem],
      treeHeadUrl: "https://registry.test.example/api/public/log/tree-head",
    });
    writeFileSync(files.keys, JSON.stringify(keys));
    writeFileSync(
      files.snapshot,
      JSON.stringify({
        format: SIGNED_SNAPSHOT_FORMAT,
        snapshot: l.snapshot,
        digest: l.digest,
        signature: { alg: SIGNATURE_ALG, keyId: l.keyId, value: l.signature },
      }),
    );
    writeFileSync(files.key, keys.keys[0]!.pem);

    expect(run("lib/labels/verify-cli.mjs", [files.snapshot, files.key])).toMatchObject({ code: 0 });
    const ok = run("lib/labels/verify-log-cli.mjs", [files.proof, files.keys, files.snapshot]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`INCLUDED: 2 entries of label ${l.publicCode}`);
    expect(ok.out).toMatch(/revoked .*Recalled by the manufacturer/);

    // The revocation's leaf rewritten (an un-revocation), a path hash flipped, another label's snapshot, a
    // different log key: every one is refused.
    const unrevoked = structuredClone(proof);
    unrevoked.entries[1]!.leaf = unrevoked.entries[1]!.leaf.replace(
      '"event":"revoked"',
      '"event":"reinstated"',
    );
    const flipped = structuredClone(proof);
    flipped.entries[0]!.auditPath[0] = "0".repeat(64);
    for (const bad of [unrevoked, flipped]) {
      writeFileSync(files.tampered, JSON.stringify(bad));
      expect(run("lib/labels/verify-log-cli.mjs", [files.tampered, files.keys]).code).toBe(1);
    }
    const other = await makeIssuedLabel(p, signed);
    writeFileSync(
      files.tampered,
      JSON.stringify({
        format: SIGNED_SNAPSHOT_FORMAT,
        snapshot: other.snapshot,
        digest: other.digest,
        signature: {},
      }),
    );
    expect(run("lib/labels/verify-log-cli.mjs", [files.proof, files.keys, files.tampered]).out).toMatch(
      /another label or digest/,
    );
    const strangerKeys = publicKeyDocument([LABEL_KEY.publicKeyPem], {
      keyPems: [generateSigningKey().publicKeyPem],
      treeHeadUrl: "x",
    });
    writeFileSync(files.tampered, JSON.stringify(strangerKeys));
    expect(run("lib/labels/verify-log-cli.mjs", [files.proof, files.tampered]).code).toBe(1);
    expect(run("lib/labels/verify-log-cli.mjs", [files.proof]).code).toBe(2);
  });
});
