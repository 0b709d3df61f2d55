// CRA Article 14(4): a severe incident of a product version, its clocks, its reports filed once each (the final
// report after the notification), each change audited in its transaction; only the manufacturer records and files,
// a lab with an assessment of the version reads, another manufacturer sees nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import {
  incidentDeadlines,
  incidentReportContext,
  listIncidents,
  markIncidentReportFiled,
  recordIncident,
} from "@/lib/db/incidents";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { incidentInput } from "@/lib/vulns/incident";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeManufacturer, makeOrgUser, outcome } from "@/lib/testing/factories";
import { writeSubmitted } from "@/lib/testing/assessments";

let db: TestDb;
let p: PrismaClient;
let maker: SessionUser;
let reviewer: SessionUser;
let versionId: string;
const aware = new Date("2026-11-30T10:00:00Z");
const now = new Date("2026-12-01T09:00:00Z");

beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
  maker = await makeManufacturer(p);
  reviewer = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
  const a = await writeSubmitted(p, maker, reviewer.organizationId);
  versionId = (
    await p.assessment.findUniqueOrThrow({ where: { id: a.id }, select: { productVersionId: true } })
  ).productVersionId!;
});
afterAll(async () => {
  await db?.drop();
});

const input = (extra: Record<string, unknown> = {}) =>
  incidentInput.parse({ title: "Update server compromised", awareAt: aware.toISOString(), ...extra });

describe(`severe incidents (${testDatabaseKind()})`, () => {
  it("records an incident with its audit event; its clocks run from awareness", async () => {
    const i = await recordIncident(p, maker, versionId, input({ suspectedMalicious: "yes" }), now);
    expect(i.clocks.map((c) => [c.stage, c.status])).toEqual([
      ["EARLY_WARNING", "due"],
      ["NOTIFICATION", "due"],
      ["FINAL_REPORT", "waiting"],
    ]);
    const audit = await p.auditEvent.findFirstOrThrow({
      where: { action: "incident.recorded" },
      select: { actorId: true, details: true },
    });
    expect(audit.actorId).toBe(maker.id);
    expect(audit.details).toMatchObject({ ref: i.id, title: "Update server compromised" });
    // The lab of the version reads it; another manufacturer does not.
    expect((await listIncidents(p, reviewer, versionId, now)).map((x) => x.id)).toContain(i.id);
    const other = await makeManufacturer(p);
    expect(await outcome(listIncidents(p, other, versionId, now))).toMatch(/NOT_FOUND/);
    expect(await outcome(incidentReportContext(p, other, i.id, now))).toMatch(/NOT_FOUND/);
  });

  it("files each report once, the final report only after the notification, which starts its month", async () => {
    const i = await recordIncident(p, maker, versionId, input(), now);
    expect(
      await outcome(
        markIncidentReportFiled(p, maker, { incidentId: i.id, stage: "FINAL_REPORT", reference: null }),
      ),
    ).toMatch(/INVALID_STATE/);
    await markIncidentReportFiled(p, maker, {
      incidentId: i.id,
      stage: "NOTIFICATION",
      reference: "CSIRT-DE-2026-77",
      filedAt: new Date("2026-12-02T16:30:00Z"),
    });
    expect(
      await outcome(
        markIncidentReportFiled(p, maker, { incidentId: i.id, stage: "NOTIFICATION", reference: null }),
      ),
    ).toMatch(/CONFLICT/);
    const ctx = await incidentReportContext(p, maker, i.id, new Date("2026-12-03T00:00:00Z"));
    expect(ctx.clocks.find((c) => c.stage === "FINAL_REPORT")).toMatchObject({
      status: "due",
      dueAt: new Date("2027-01-02T16:30:00.000Z"),
    });
    expect(ctx.productVersion.product.organization.name).toBe(maker.organizationName);
    expect(await p.incidentReport.count({ where: { incidentId: i.id } })).toBe(1);
  });

  it("refuses the lab, a future awareness time, and writes nothing when refused", async () => {
    const before = await p.securityIncident.count();
    expect(await outcome(recordIncident(p, reviewer, versionId, input(), now))).toMatch(/FORBIDDEN/);
    const future = input({ awareAt: "2026-12-02T00:00:00Z" });
    expect(await outcome(recordIncident(p, maker, versionId, future, now))).toMatch(/VALIDATION/);
    expect(await outcome(recordIncident(p, maker, "no-such-version", input(), now))).toMatch(/NOT_FOUND/);
    expect(await p.securityIncident.count()).toBe(before);
  });

  it("the dashboard lists open incident deadlines of the manufacturer's own products, soonest first", async () => {
    const list = await incidentDeadlines(p, maker, now);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.every((d) => d.productVersionId === versionId)).toBe(true);
    const due = list.map((d) => d.next?.dueAt?.getTime() ?? Infinity);
    expect([...due].sort((a, b) => a - b)).toEqual(due);
    expect(list[0]!.next).toMatchObject({ stage: "EARLY_WARNING", status: "due" });
    expect(await incidentDeadlines(p, await makeManufacturer(p), now)).toEqual([]);
    expect(await incidentDeadlines(p, reviewer, now)).toEqual([]);
  });
});
