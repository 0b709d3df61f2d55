// prisma/app-role.sql on PostgreSQL: the app's least-privilege role can run the whole label life cycle, and every
// attack of issue 14 fails for it with "permission denied" or "must be owner" before any trigger is needed. Roles
// are global to a PostgreSQL cluster: the role gets a random name and is dropped afterwards. (PGlite has no roles.)
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/db/audit";
import { verifyAuditChain } from "@/lib/db/audit-chain";
import { openDb, type Db } from "@/lib/db/connect";
import { revokeLabel } from "@/lib/db/labels";
import { getPublicLabel, toPublicRecord } from "@/lib/db/public-labels";
import { runLogStep } from "@/lib/db/translog-step";
import { clearIntegrityCache } from "@/lib/labels/integrity";
import { generateSigningKey } from "@/lib/labels/signing";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeIssuedLabel } from "@/lib/testing/labels";

const onPostgres = testDatabaseKind() === "postgres";
const ROLE = `cl_app_test_${randomBytes(5).toString("hex")}`;
const KEY = generateSigningKey();
const LOG_KEY = generateSigningKey();

let owner: TestDb;
let app: Db;
let ownerUrl: string;

function psqlScript(url: string, role: string): string {
  return execFileSync(
    "psql",
    [
      url,
      "-X",
      "-q",
      "-v",
      "ON_ERROR_STOP=1",
      "-v",
      `app_role=${role}`,
      "-f",
      path.join(process.cwd(), "prisma/app-role.sql"),
    ],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
}

describe.runIf(onPostgres)("the least-privilege app role (prisma/app-role.sql)", () => {
  beforeAll(async () => {
    owner = await createTestDb();
    if (owner.target.kind !== "postgres") throw new Error("PostgreSQL only");
    ownerUrl = owner.target.url;
    psqlScript(ownerUrl, ROLE);
    psqlScript(ownerUrl, ROLE); // idempotent
    const url = new URL(ownerUrl);
    url.username = ROLE;
    url.password = "";
    app = openDb({ kind: "postgres", url: url.toString() }, { poolMax: 4 });
  });
  afterAll(async () => {
    await app?.close();
    await owner?.drop();
    const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await c.connect();
    await c.query(`DROP ROLE IF EXISTS "${ROLE}"`);
    await c.end();
  });

  it("is no superuser, owns nothing and is no member of the owner", async () => {
    const [r] = await owner.prisma.$queryRawUnsafe<
      { super: boolean; createrole: boolean; bypass: boolean; owns: bigint; member: boolean }[]
    >(`SELECT rolsuper AS super, rolcreaterole AS createrole, rolbypassrls AS bypass,
              (SELECT count(*) FROM pg_tables WHERE tableowner = '${ROLE}') AS owns,
              pg_has_role('${ROLE}', (SELECT tableowner FROM pg_tables WHERE tablename = 'Label'), 'MEMBER') AS member
         FROM pg_roles WHERE rolname = '${ROLE}'`);
    expect(r).toEqual({ super: false, createrole: false, bypass: false, owns: 0n, member: false });
  });

  it("runs the label life cycle: issue, revoke, audit, expiry, tree heads, public reads", async () => {
    const l = await makeIssuedLabel(app.prisma, { privateKeyPem: KEY.privateKeyPem });
    await revokeLabel(app.prisma, l.reviewer, { labelId: l.ids.labelId, reason: "Recalled." });
    const old = await makeIssuedLabel(app.prisma, {
      privateKeyPem: KEY.privateKeyPem,
      issuedAt: "2024-01-10T10:00:00.000Z",
      validUntil: "2025-01-10T10:00:00.000Z",
    });
    await recordAudit(app.prisma, {
      actorId: null,
      action: "test.app_role",
      subjectType: "audit",
      subjectId: "x",
    });
    const step = await runLogStep(app.prisma, { logKeyPem: LOG_KEY.privateKeyPem });
    expect(step.expired).toBe(1);
    expect(step.sign.signed).toBe(true);
    clearIntegrityCache();
    const rec = async (code: string) =>
      toPublicRecord((await getPublicLabel(app.prisma, code, { keys: [KEY.publicKeyPem] }))!, {
        baseUrl: "https://x.example",
      });
    expect((await rec(l.publicCode)).status.state).toBe("revoked");
    expect((await rec(old.publicCode)).status.state).toBe("expired");
    // The revocation copy on the label row is written by the database for the app, which may not UPDATE it.
    const row = await owner.prisma.label.findUniqueOrThrow({ where: { id: l.ids.labelId } });
    expect(row.revocationReason).toBe("Recalled.");
    expect((await verifyAuditChain(app.prisma)).ok).toBe(true);
  });

  it.each([
    [`UPDATE "Label" SET "revokedAt" = NULL`, /permission denied/],
    [`DELETE FROM "Label"`, /permission denied/],
    [`UPDATE "LabelEvent" SET "reason" = 'x'`, /permission denied/],
    [`DELETE FROM "LabelEvent"`, /permission denied/],
    [`UPDATE "AuditEvent" SET "action" = 'x'`, /permission denied/],
    [`DELETE FROM "AuditEvent"`, /permission denied/],
    [`DELETE FROM "TransparencyLogEntry"`, /permission denied/],
    [`INSERT INTO "TransparencyLogNode" VALUES (40, 0, repeat('0', 64))`, /permission denied/],
    [`DELETE FROM "SignedTreeHead"`, /permission denied/],
    [`UPDATE "_prisma_migrations" SET "checksum" = 'x'`, /permission denied/],
    [`TRUNCATE "AuditEvent"`, /permission denied/],
    [`TRUNCATE "Label" CASCADE`, /permission denied/],
    [`TRUNCATE "LabelEvent"`, /permission denied/],
    [`TRUNCATE "TransparencyLogEntry"`, /permission denied/],
    [`ALTER TABLE "Label" DISABLE TRIGGER ALL`, /must be (the )?owner/],
    [`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`, /must be (the )?owner/],
    [`DROP TRIGGER "Label_immutable" ON "Label"`, /must be (the )?owner/],
    [
      `CREATE TRIGGER t BEFORE INSERT ON "Label" FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
      /permission denied|must be (the )?owner/,
    ],
    [`SET session_replication_role = replica`, /permission denied/],
    [`DROP TABLE "AuditEvent"`, /must be (the )?owner/],
    [`CREATE TABLE "Evil" (id int)`, /permission denied/],
    [`SELECT cyberlabel_grant_app_role('${ROLE}')`, /permission denied/],
  ])("refuses %s", async (sql, error) => {
    await expect(app.prisma.$executeRawUnsafe(sql)).rejects.toThrow(error);
  });

  it("refuses to grant a role that owns the tables (the owner is not a least-privilege app role)", () => {
    const ownerRole = new URL(ownerUrl).username || "root";
    expect(() =>
      execFileSync(
        "psql",
        [
          ownerUrl,
          "-X",
          "-q",
          "-v",
          "ON_ERROR_STOP=1",
          "-c",
          `SELECT cyberlabel_grant_app_role('${ownerRole}')`,
        ],
        {
          stdio: ["ignore", "pipe", "pipe"],
        },
      ),
    ).toThrow(/superuser|owns/);
  });
});
