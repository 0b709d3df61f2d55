// Severe incidents of product versions (CRA Article 14(3)–(5)) and the Article 14(4) reports filed for them
// (docs/vulnerabilities.md). The manufacturer records and files; a lab with an assessment of the version reads.
// Each change is one transaction with its audit event.
import { emsg } from "@/lib/i18n/errors";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/db/audit";
import { versionAccess } from "@/lib/db/vulnerabilities";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { incidentClocks, type TIncidentInput } from "@/lib/vulns/incident";
import { nextDeadline, type TCraStage } from "@/lib/vulns/model";

const incidentSelect = {
  id: true,
  productVersionId: true,
  title: true,
  description: true,
  awareAt: true,
  suspectedMalicious: true,
  mitigation: true,
  createdAt: true,
  reports: { select: { stage: true, filedAt: true, reference: true } },
} as const;

function clocksOf(i: { awareAt: Date; reports: { stage: string; filedAt: Date }[] }, now: Date) {
  const filed: Partial<Record<TCraStage, Date>> = {};
  for (const r of i.reports) filed[r.stage as TCraStage] = r.filedAt;
  return incidentClocks({ awareAt: i.awareAt, filed }, now);
}

function manufacturerOnly(actor: SessionUser) {
  if (actor.role !== "MANUFACTURER_MEMBER") throw new AppError("FORBIDDEN", emsg("incidentsByManufacturer"));
}

async function audit(
  tx: DbClient,
  actor: SessionUser,
  access: { productId: string; organizationId: string },
  action: string,
  incidentId: string,
  details: Record<string, string | boolean | null>,
) {
  await recordAudit(tx, {
    actorId: actor.id,
    action,
    subjectType: "product",
    subjectId: access.productId,
    organizationId: access.organizationId,
    details: { ref: incidentId, ...details },
  });
}

/** Records a severe incident of a version: its Article 14(4) clocks start from `awareAt`. */
export async function recordIncident(
  db: PrismaClient,
  actor: SessionUser,
  productVersionId: string,
  input: TIncidentInput,
  now: Date = new Date(),
) {
  manufacturerOnly(actor);
  const awareAt = input.awareAt ?? now;
  if (awareAt.getTime() > now.getTime() + 5 * 60_000)
    throw new AppError("VALIDATION", emsg("awareFuture"), {
      fieldErrors: { awareAt: [emsg("notInFuture")] },
    });
  return db.$transaction(async (tx) => {
    const access = await versionAccess(tx, actor, productVersionId);
    const incident = await tx.securityIncident.create({
      data: {
        productVersionId,
        title: input.title,
        description: input.description ?? null,
        awareAt,
        suspectedMalicious: input.suspectedMalicious ?? null,
        mitigation: input.mitigation ?? null,
        createdById: actor.id,
      },
      select: incidentSelect,
    });
    await audit(tx, actor, access, "incident.recorded", incident.id, {
      title: incident.title,
      awareAt: incident.awareAt.toISOString(),
    });
    return { ...incident, clocks: clocksOf(incident, now) };
  });
}

/** The version's severe incidents, newest first, each with its clocks. */
export async function listIncidents(
  db: DbClient,
  actor: SessionUser,
  productVersionId: string,
  now: Date = new Date(),
) {
  await versionAccess(db, actor, productVersionId);
  const rows = await db.securityIncident.findMany({
    where: { productVersionId },
    orderBy: [{ awareAt: "desc" }, { id: "asc" }],
    select: incidentSelect,
  });
  return rows.map((i) => ({ ...i, clocks: clocksOf(i, now), next: nextDeadline(clocksOf(i, now)) }));
}

/** Marks one Article 14(4) report as filed (once per stage; the final report after the notification). */
export async function markIncidentReportFiled(
  db: PrismaClient,
  actor: SessionUser,
  input: { incidentId: string; stage: TCraStage; reference: string | null; filedAt?: Date },
) {
  manufacturerOnly(actor);
  return db.$transaction(async (tx) => {
    const i = await tx.securityIncident.findUnique({
      where: { id: input.incidentId },
      select: incidentSelect,
    });
    if (!i) throw notFound("incidentNotFound");
    const access = await versionAccess(tx, actor, i.productVersionId);
    if (i.reports.some((r) => r.stage === input.stage)) throw new AppError("CONFLICT", emsg("reportFiled"));
    if (input.stage === "FINAL_REPORT" && !i.reports.some((r) => r.stage === "NOTIFICATION"))
      throw new AppError("INVALID_STATE", emsg("finalAfterNotification"));
    const filedAt = input.filedAt ?? new Date();
    await tx.incidentReport.create({
      data: {
        incidentId: i.id,
        stage: input.stage,
        filedAt,
        filedById: actor.id,
        reference: input.reference,
      },
      select: { id: true },
    });
    await audit(tx, actor, access, "incident.report_filed", i.id, {
      stage: input.stage,
      reference: input.reference,
    });
    return { filedAt };
  });
}

/** Everything a report draft needs about the incident and its product (lib/vulns/cra-pdf.ts). */
export async function incidentReportContext(
  db: DbClient,
  actor: SessionUser,
  incidentId: string,
  now: Date = new Date(),
) {
  const i = await db.securityIncident.findUnique({
    where: { id: incidentId },
    select: {
      ...incidentSelect,
      productVersion: {
        select: {
          firmwareVersion: true,
          hardwareVersion: true,
          product: {
            select: {
              modelName: true,
              modelNumber: true,
              organization: { select: { name: true, country: true } },
            },
          },
        },
      },
    },
  });
  if (!i) throw notFound("incidentNotFound");
  await versionAccess(db, actor, i.productVersionId);
  return { ...i, clocks: clocksOf(i, now) };
}

/** Open Article 14(4) deadlines of the manufacturer's severe incidents, soonest first (for the dashboard). */
export async function incidentDeadlines(db: DbClient, actor: SessionUser, now: Date = new Date()) {
  if (actor.role !== "MANUFACTURER_MEMBER") return [];
  const rows = await db.securityIncident.findMany({
    where: { productVersion: { product: { organizationId: actor.organizationId } } },
    select: {
      ...incidentSelect,
      productVersion: {
        select: { id: true, firmwareVersion: true, product: { select: { modelName: true } } },
      },
    },
    orderBy: { awareAt: "desc" },
    take: 500,
  });
  return rows
    .map((i) => {
      const clocks = clocksOf(i, now);
      return {
        incidentId: i.id,
        title: i.title,
        productName: i.productVersion.product.modelName,
        productVersionId: i.productVersion.id,
        firmwareVersion: i.productVersion.firmwareVersion,
        clocks,
        next: nextDeadline(clocks),
      };
    })
    .filter((d) => d.clocks.some((c) => c.status !== "filed"))
    .sort((a, b) => (a.next?.dueAt?.getTime() ?? Infinity) - (b.next?.dueAt?.getTime() ?? Infinity));
}
