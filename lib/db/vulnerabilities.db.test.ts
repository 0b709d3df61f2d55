// SBOM upload (refused files store nothing), vulnerabilities by hand and imported, the public notice, the lab's
// suspension and reinstatement (state, log leaf and audit event in one transaction) and the CRA clocks.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/db/accounts";
import {
  addVulnerability,
  clearNotice,
  craDeadlines,
  importVulnerabilities,
  labelsWithOpenNotices,
  latestSbomComponents,
  listVulnerabilities,
  markCraReportFiled,
  reinstateLabel,
  securityNoticesOfLabel,
  suspendLabel,
  updateVulnerability,
  uploadSbom,
} from "@/lib/db/vulnerabilities";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deriveLabelHistory } from "@/lib/labels/state";
import { vulnInput } from "@/lib/vulns/model";
import { createTestDb, testDatabaseKind, type TestDb } from "@/lib/testing/db";
import { makeOrgUser, outcome } from "@/lib/testing/factories";
import { makeIssuedLabel, type TIssuedLabel } from "@/lib/testing/labels";

let db: TestDb;
let p: PrismaClient;
beforeAll(async () => {
  db = await createTestDb();
  p = db.prisma;
});
afterAll(async () => {
  await db?.drop();
});

const sample = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../sbom/testdata/${name}`, import.meta.url)));

type TSetup = { label: TIssuedLabel; versionId: string; maker: SessionUser; lab: SessionUser };

/** An issued label whose assessment covers a product version, and the manufacturer's member as a session user. */
async function setup(): Promise<TSetup> {
  const label = await makeIssuedLabel(p);
  const version = await p.productVersion.upsert({
    where: {
      productId_hardwareVersion_firmwareVersion: {
        productId: label.ids.productId,
        hardwareVersion: label.snapshot.product.hardwareVersion,
        firmwareVersion: label.snapshot.product.firmwareVersion,
      },
    },
    create: {
      productId: label.ids.productId,
      hardwareVersion: label.snapshot.product.hardwareVersion,
      firmwareVersion: label.snapshot.product.firmwareVersion,
    },
    update: {},
  });
  await p.assessment.update({
    where: { id: label.ids.assessmentId },
    data: { productVersionId: version.id },
  });
  const m = await p.membership.findFirstOrThrow({
    where: { organizationId: label.ids.manufacturerId },
    include: { user: true, organization: true },
  });
  const maker: SessionUser = {
    id: m.userId,
    email: m.user.email,
    name: m.user.name,
    role: "MANUFACTURER_MEMBER",
    organizationId: m.organizationId,
    organizationKind: "MANUFACTURER",
    organizationName: m.organization.name,
  };
  return { label, versionId: version.id, maker, lab: label.reviewer };
}

const exploited = (id = "CVE-2026-40001") =>
  vulnInput.parse({
    identifier: id,
    severity: "CRITICAL",
    activelyExploited: true,
    title: "Heap overflow in httpd",
  });

describe(`SBOMs and vulnerabilities on ${testDatabaseKind()}`, () => {
  it("stores an uploaded SBOM with its components; a refused file stores nothing", async () => {
    const s = await setup();
    const saved = await uploadSbom(p, s.maker, {
      productVersionId: s.versionId,
      fileName: "fw-2.4.1.cdx.json",
      bytes: sample("cyclonedx-firmware-1.5.json"),
    });
    expect(saved).toMatchObject({ format: "CycloneDX", specVersion: "1.5", componentCount: 5 });
    const seen = await latestSbomComponents(p, s.lab, s.versionId);
    expect(seen?.components.map((c) => c.name)).toEqual([
      "linux",
      "openssl",
      "busybox",
      "zlib",
      "acme/wifi-sdk",
    ]);

    const before = {
      sboms: await p.sbom.count(),
      components: await p.sbomComponent.count(),
      audit: await p.auditEvent.count(),
    };
    const bad = new TextEncoder().encode(
      '{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"type":"toaster","name":"x"}]}',
    );
    expect(
      await outcome(
        uploadSbom(p, s.maker, { productVersionId: s.versionId, fileName: "bad.json", bytes: bad }),
      ),
    ).toBe("VALIDATION");
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20);
    expect(
      await outcome(
        uploadSbom(p, s.maker, { productVersionId: s.versionId, fileName: "big.json", bytes: big }),
      ),
    ).toBe("TOO_LARGE");
    expect({
      sboms: await p.sbom.count(),
      components: await p.sbomComponent.count(),
      audit: await p.auditEvent.count(),
    }).toEqual(before);
  });

  it("refuses other organisations and labs with no assessment of the version", async () => {
    const s = await setup();
    const other = await setup();
    const strangerLab = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
    const bytes = sample("cyclonedx-firmware-1.5.json");
    expect(
      await outcome(uploadSbom(p, other.maker, { productVersionId: s.versionId, fileName: "x.json", bytes })),
    ).toBe("NOT_FOUND");
    expect(
      await outcome(uploadSbom(p, s.lab, { productVersionId: s.versionId, fileName: "x.json", bytes })),
    ).toBe("FORBIDDEN");
    expect(await outcome(latestSbomComponents(p, strangerLab, s.versionId))).toBe("NOT_FOUND");
    expect(await outcome(addVulnerability(p, strangerLab, s.versionId, exploited()))).toBe("NOT_FOUND");
  });

  it("an exploited vulnerability without a fix opens the public notice and puts the label to the lab; a fix closes it", async () => {
    const s = await setup();
    expect(await securityNoticesOfLabel(p, s.label.publicCode)).toEqual([]);
    const added = await addVulnerability(p, s.maker, s.versionId, exploited());
    expect(added.affectedLabelCodes).toEqual([s.label.publicCode]);
    const notices = await securityNoticesOfLabel(p, s.label.publicCode);
    expect(notices).toMatchObject([
      { identifier: "CVE-2026-40001", severity: "CRITICAL", title: "Heap overflow in httpd" },
    ]);
    const queue = await labelsWithOpenNotices(p, s.lab);
    expect(queue.map((l) => l.publicCode)).toContain(s.label.publicCode);
    expect(await outcome(addVulnerability(p, s.maker, s.versionId, exploited()))).toBe("CONFLICT");

    const fixed = await updateVulnerability(p, s.maker, {
      vulnerabilityId: added.vulnerability.id,
      fixedInVersion: "2.4.2",
    });
    expect(fixed.affectedLabelCodes).toEqual([s.label.publicCode]);
    expect(fixed.vulnerability.correctiveMeasureAt).toBeInstanceOf(Date);
    expect(await securityNoticesOfLabel(p, s.label.publicCode)).toEqual([]);
  });

  it("the lab clears a notice with a reason, audited; the manufacturer cannot", async () => {
    const s = await setup();
    const added = await addVulnerability(p, s.maker, s.versionId, exploited("CVE-2026-40010"));
    expect(
      await outcome(clearNotice(p, s.maker, { vulnerabilityId: added.vulnerability.id, reason: "x" })),
    ).toBe("FORBIDDEN");
    await clearNotice(p, s.lab, {
      vulnerabilityId: added.vulnerability.id,
      reason: "The vulnerable service is not built into this firmware.",
    });
    expect(await securityNoticesOfLabel(p, s.label.publicCode)).toEqual([]);
    expect(
      await outcome(clearNotice(p, s.lab, { vulnerabilityId: added.vulnerability.id, reason: "again" })),
    ).toBe("INVALID_STATE");
    const audit = await p.auditEvent.findFirst({
      where: { action: "vulnerability.notice_cleared", actorId: s.lab.id },
    });
    expect(audit?.details).toMatchObject({
      reason: "The vulnerable service is not built into this firmware.",
    });
  });

  it("suspension and reinstatement: events with log leaves and audit events, each in one transaction", async () => {
    const s = await setup();
    const count = async () => ({
      events: await p.labelEvent.count({ where: { labelId: s.label.ids.labelId } }),
      leaves: await p.transparencyLogEntry.count({ where: { labelId: s.label.ids.labelId } }),
      audit: await p.auditEvent.count({ where: { subjectId: s.label.ids.labelId } }),
    });
    const start = await count();
    expect(await outcome(suspendLabel(p, s.maker, { labelId: s.label.ids.labelId, reason: "x" }))).toBe(
      "FORBIDDEN",
    );
    const otherLab = await makeOrgUser(p, "LAB", "LAB_REVIEWER");
    expect(await outcome(suspendLabel(p, otherLab, { labelId: s.label.ids.labelId, reason: "x" }))).toBe(
      "NOT_FOUND",
    );
    expect(await outcome(reinstateLabel(p, s.lab, { labelId: s.label.ids.labelId, reason: "x" }))).toBe(
      "INVALID_STATE",
    );
    expect(await count()).toEqual(start);

    await suspendLabel(p, s.lab, {
      labelId: s.label.ids.labelId,
      reason: "CVE-2026-40001 actively exploited, no fix",
    });
    const state = async () => {
      const l = await p.label.findUniqueOrThrow({
        where: { id: s.label.ids.labelId },
        include: { events: { orderBy: { seq: "asc" } } },
      });
      return deriveLabelHistory(l.events, l.validUntil);
    };
    expect((await state()).state).toBe("suspended");
    expect((await state()).suspended?.reason).toBe("CVE-2026-40001 actively exploited, no fix");
    expect(await count()).toEqual({
      events: start.events + 1,
      leaves: start.leaves + 1,
      audit: start.audit + 1,
    });
    // A second suspension is refused by the state machine and writes nothing (the audit row is in the same transaction).
    expect(await outcome(suspendLabel(p, s.lab, { labelId: s.label.ids.labelId, reason: "again" }))).toBe(
      "INVALID_STATE",
    );
    expect(await count()).toEqual({
      events: start.events + 1,
      leaves: start.leaves + 1,
      audit: start.audit + 1,
    });

    await reinstateLabel(p, s.lab, {
      labelId: s.label.ids.labelId,
      reason: "Fixed in 2.4.2; 2.4.1 units update automatically.",
    });
    expect((await state()).state).toBe("valid");
    expect(await count()).toEqual({
      events: start.events + 2,
      leaves: start.leaves + 2,
      audit: start.audit + 2,
    });
    const actions = await p.auditEvent.findMany({
      where: { subjectId: s.label.ids.labelId },
      orderBy: { seq: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).slice(-2)).toEqual(["label.suspended", "label.reinstated"]);
  });

  it("imports CSAF, OSV and VEX files; a refused file changes nothing; imports never clear exploitation", async () => {
    const s = await setup();
    const csaf = await importVulnerabilities(p, s.maker, s.versionId, sample("csaf-bsi-2022-0001.json"));
    expect(csaf).toMatchObject({ source: "CSAF", added: 1, updated: 0, affectedLabelCodes: [] });
    const vex = await importVulnerabilities(p, s.lab, s.versionId, sample("cyclonedx-vex-1.5.json"));
    expect(vex).toMatchObject({
      source: "CYCLONEDX_VEX",
      added: 2,
      affectedLabelCodes: [s.label.publicCode],
    });
    const osv = await importVulnerabilities(p, s.maker, s.versionId, sample("osv-busybox-example.json"));
    expect(osv).toMatchObject({ source: "OSV", added: 1 });

    const before = await p.vulnerability.count({ where: { productVersionId: s.versionId } });
    const bad = new TextEncoder().encode(
      JSON.stringify({ document: { csaf_version: "2.0" }, vulnerabilities: [{}] }),
    );
    expect(await outcome(importVulnerabilities(p, s.maker, s.versionId, bad))).toBe("VALIDATION");
    expect(await p.vulnerability.count({ where: { productVersionId: s.versionId } })).toBe(before);

    // Re-importing the VEX with the KEV property removed keeps the exploitation recorded.
    const doc = JSON.parse(Buffer.from(sample("cyclonedx-vex-1.5.json")).toString("utf8")) as {
      vulnerabilities: { properties?: unknown }[];
    };
    delete doc.vulnerabilities[0]!.properties;
    const again = await importVulnerabilities(
      p,
      s.maker,
      s.versionId,
      new TextEncoder().encode(JSON.stringify(doc)),
    );
    expect(again).toMatchObject({ added: 0, updated: 2 });
    const list = await listVulnerabilities(p, s.maker, s.versionId);
    expect(list.find((v) => v.identifier === "CVE-2026-40002")).toMatchObject({
      activelyExploited: true,
      notice: true,
    });
    expect(list.find((v) => v.identifier === "CVE-2026-40003")).toMatchObject({
      notAffected: true,
      notice: false,
    });
  });

  it("starts the CRA clocks on awareness and lists deadlines; filing is recorded once; the final report waits for a fix", async () => {
    const s = await setup();
    const aware = new Date(Date.now() - 30 * 3600_000); // 30 h ago: early warning overdue, notification due
    const added = await addVulnerability(p, s.maker, s.versionId, {
      ...exploited("CVE-2026-40020"),
      awareAt: aware,
    });
    let d = (await craDeadlines(p, s.maker)).find((x) => x.vulnerabilityId === added.vulnerability.id);
    expect(d?.clocks.map((c) => c.status)).toEqual(["overdue", "due", "waiting"]);
    expect(d?.next?.stage).toBe("EARLY_WARNING");

    await markCraReportFiled(p, s.maker, {
      vulnerabilityId: added.vulnerability.id,
      stage: "EARLY_WARNING",
      reference: "SRP-1",
    });
    expect(
      await outcome(
        markCraReportFiled(p, s.maker, {
          vulnerabilityId: added.vulnerability.id,
          stage: "EARLY_WARNING",
          reference: null,
        }),
      ),
    ).toBe("CONFLICT");
    expect(
      await outcome(
        markCraReportFiled(p, s.maker, {
          vulnerabilityId: added.vulnerability.id,
          stage: "FINAL_REPORT",
          reference: null,
        }),
      ),
    ).toBe("INVALID_STATE");
    expect(
      await outcome(
        markCraReportFiled(p, s.lab, {
          vulnerabilityId: added.vulnerability.id,
          stage: "NOTIFICATION",
          reference: null,
        }),
      ),
    ).toBe("FORBIDDEN");
    const fixAt = new Date();
    await updateVulnerability(p, s.maker, {
      vulnerabilityId: added.vulnerability.id,
      fixedInVersion: "2.4.2",
      correctiveMeasureAt: fixAt,
    });
    d = (await craDeadlines(p, s.maker)).find((x) => x.vulnerabilityId === added.vulnerability.id);
    expect(d?.clocks.map((c) => c.status)).toEqual(["filed", "due", "due"]);
    expect(d?.clocks[2]?.dueAt?.getTime()).toBe(fixAt.getTime() + 14 * 86400_000);
    expect(await craDeadlines(p, s.lab)).toEqual([]);
  });
});
