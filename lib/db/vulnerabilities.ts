// SBOMs and vulnerabilities of product versions, the public "security information" notice, the lab's suspension
// and reinstatement of a label, and the CRA Article 14 report deadlines (docs/vulnerabilities.md).
//
// Access: the manufacturer that owns the product, and the reviewers of a lab that has an assessment of that
// version (the lab reviews, suspends and clears). Files are parsed and validated before the transaction: a refused
// file stores nothing. Every change is audited in its own transaction; a suspension is one transaction with its
// SUSPENDED event, log leaf and audit event. Callers invalidate the public pages named in `affectedLabelCodes`.
import { emsg } from "@/lib/i18n/errors";
import { createHash } from "node:crypto";
import { AppError, notFound } from "@/lib/errors";
import { parseSbom } from "@/lib/sbom/parse";
import { parseVulnerabilityFile, type TImportedVuln } from "@/lib/vulns/import";
import {
  craClocks,
  nextDeadline,
  opensNotice,
  type TCraClock,
  type TCraStage,
  type TVulnInput,
} from "@/lib/vulns/model";
import { deriveLabelHistory } from "@/lib/labels/state";
import { recordAudit } from "@/lib/db/audit";
import { appendLabelEvent, labelEventSelect } from "@/lib/db/label-events";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type TAccess = {
  productId: string;
  organizationId: string;
  firmwareVersion: string;
  hardwareVersion: string;
};

/** The version, if the actor may see it: its manufacturer, or a lab with an assessment of it. */
export async function versionAccess(
  db: DbClient,
  actor: SessionUser,
  productVersionId: string,
): Promise<TAccess> {
  const where: Prisma.ProductVersionWhereInput =
    actor.role === "MANUFACTURER_MEMBER"
      ? { id: productVersionId, product: { organizationId: actor.organizationId } }
      : actor.role === "LAB_REVIEWER"
        ? { id: productVersionId, assessments: { some: { labId: actor.organizationId } } }
        : { id: "-" };
  const v = await db.productVersion.findFirst({
    where,
    select: {
      productId: true,
      firmwareVersion: true,
      hardwareVersion: true,
      product: { select: { organizationId: true } },
    },
  });
  if (!v) throw notFound("versionNotFound");
  return {
    productId: v.productId,
    organizationId: v.product.organizationId,
    firmwareVersion: v.firmwareVersion,
    hardwareVersion: v.hardwareVersion,
  };
}

// ---------------------------------------------------------------- SBOM

export async function uploadSbom(
  db: PrismaClient,
  actor: SessionUser,
  input: { productVersionId: string; fileName: string; bytes: Uint8Array },
) {
  if (actor.role !== "MANUFACTURER_MEMBER") throw new AppError("FORBIDDEN", emsg("sbomByManufacturer"));
  const access = await versionAccess(db, actor, input.productVersionId);
  const parsed = await parseSbom(input.bytes); // throws FileFormatError: nothing is written
  const fileName = input.fileName.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "sbom";
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const sbom = await tx.sbom.create({
      data: {
        productVersionId: input.productVersionId,
        format: parsed.format,
        encoding: parsed.encoding,
        specVersion: parsed.specVersion,
        fileName,
        sha256,
        sizeBytes: input.bytes.byteLength,
        bytes: Buffer.from(input.bytes),
        componentCount: parsed.components.length,
        uploadedById: actor.id,
      },
      select: { id: true, format: true, specVersion: true, componentCount: true, createdAt: true },
    });
    await tx.sbomComponent.createMany({
      data: parsed.components.map((c, position) => ({ sbomId: sbom.id, position, ...c })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "sbom.uploaded",
      subjectType: "product",
      subjectId: access.productId,
      organizationId: access.organizationId,
      details: {
        productVersionId: input.productVersionId,
        sbomId: sbom.id,
        format: `${parsed.format} ${parsed.specVersion} ${parsed.encoding}`,
        sha256,
        components: parsed.components.length,
      },
    });
    return sbom;
  });
}

export async function listSboms(db: DbClient, actor: SessionUser, productVersionId: string) {
  await versionAccess(db, actor, productVersionId);
  return db.sbom.findMany({
    where: { productVersionId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      format: true,
      encoding: true,
      specVersion: true,
      fileName: true,
      sha256: true,
      sizeBytes: true,
      componentCount: true,
      createdAt: true,
    },
  });
}

/** The latest SBOM's components (page of at most `take`), for the lab's review. */
export async function latestSbomComponents(
  db: DbClient,
  actor: SessionUser,
  productVersionId: string,
  opts: { take?: number; q?: string } = {},
) {
  await versionAccess(db, actor, productVersionId);
  const sbom = await db.sbom.findFirst({
    where: { productVersionId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      format: true,
      specVersion: true,
      encoding: true,
      fileName: true,
      componentCount: true,
      createdAt: true,
    },
  });
  if (!sbom) return null;
  const q = opts.q?.trim();
  const components = await db.sbomComponent.findMany({
    where: {
      sbomId: sbom.id,
      ...(q
        ? {
            OR: [
              { name: { contains: q, mode: "insensitive" } },
              { purl: { contains: q, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    orderBy: { position: "asc" },
    take: Math.min(opts.take ?? 500, 2000),
    select: { name: true, version: true, purl: true, licence: true, type: true, supplier: true },
  });
  return { sbom, components };
}

export async function getSbomFile(db: DbClient, actor: SessionUser, sbomId: string) {
  const sbom = await db.sbom.findUnique({
    where: { id: sbomId },
    select: { productVersionId: true, fileName: true, encoding: true, bytes: true },
  });
  if (!sbom) throw notFound("sbomNotFound");
  await versionAccess(db, actor, sbom.productVersionId);
  return sbom;
}

/** Whether each version has an SBOM: the fact the US registry record and the SBOM criteria read. */
export async function sbomAvailable(db: DbClient, productVersionId: string | null): Promise<boolean> {
  if (!productVersionId) return false;
  return (await db.sbom.count({ where: { productVersionId } })) > 0;
}

// ---------------------------------------------------------------- vulnerabilities

const vulnSelect = {
  id: true,
  productVersionId: true,
  identifier: true,
  aliases: true,
  title: true,
  severity: true,
  cvssScore: true,
  activelyExploited: true,
  fixedInVersion: true,
  notAffected: true,
  publishedAt: true,
  awareAt: true,
  correctiveMeasureAt: true,
  source: true,
  noticeClearedAt: true,
  noticeClearedReason: true,
  createdAt: true,
  craReports: { select: { stage: true, filedAt: true, reference: true } },
} as const;

/** Labels covering the version (their assessment assessed it): the public pages a notice change affects. */
async function labelsOfVersion(db: DbClient, productVersionId: string) {
  return db.label.findMany({
    where: { assessment: { productVersionId } },
    select: { id: true, publicCode: true, labId: true },
  });
}

function actorMay(actor: SessionUser) {
  if (actor.role !== "MANUFACTURER_MEMBER" && actor.role !== "LAB_REVIEWER")
    throw new AppError("FORBIDDEN", emsg("vulnRecorders"));
}

function noticeOf(v: {
  activelyExploited: boolean;
  fixedInVersion: string | null;
  notAffected: boolean;
  noticeClearedAt: Date | null;
}) {
  return opensNotice(v);
}

export async function addVulnerability(
  db: PrismaClient,
  actor: SessionUser,
  productVersionId: string,
  input: TVulnInput,
  now: Date = new Date(),
) {
  actorMay(actor);
  const access = await versionAccess(db, actor, productVersionId);
  return db.$transaction(async (tx) => {
    const exists = await tx.vulnerability.findUnique({
      where: { productVersionId_identifier: { productVersionId, identifier: input.identifier } },
      select: { id: true },
    });
    if (exists) throw new AppError("CONFLICT", emsg("vulnExists", { id: input.identifier }));
    const v = await tx.vulnerability.create({
      data: {
        productVersionId,
        identifier: input.identifier,
        title: input.title,
        severity: input.severity,
        cvssScore: input.cvssScore,
        activelyExploited: input.activelyExploited,
        fixedInVersion: input.fixedInVersion,
        publishedAt: input.publishedAt,
        awareAt: input.activelyExploited ? (input.awareAt ?? now) : input.awareAt,
        correctiveMeasureAt: input.correctiveMeasureAt,
        source: "MANUAL",
        createdById: actor.id,
      },
      select: vulnSelect,
    });
    await auditVuln(tx, actor, access, "vulnerability.recorded", v.id, {
      identifier: v.identifier,
      activelyExploited: v.activelyExploited,
      fixedInVersion: v.fixedInVersion,
    });
    return {
      vulnerability: v,
      affectedLabelCodes: noticeOf(v)
        ? (await labelsOfVersion(tx, productVersionId)).map((l) => l.publicCode)
        : [],
    };
  });
}

/**
 * Imports an advisory file: new identifiers are added, known ones updated with the file's facts (exploitation,
 * fix, severity). A refused file changes nothing.
 */
export async function importVulnerabilities(
  db: PrismaClient,
  actor: SessionUser,
  productVersionId: string,
  bytes: Uint8Array,
  now: Date = new Date(),
) {
  actorMay(actor);
  const access = await versionAccess(db, actor, productVersionId);
  const parsed = await parseVulnerabilityFile(bytes);
  return db.$transaction(async (tx) => {
    let added = 0;
    let updated = 0;
    let notice = false;
    for (const v of dedupe(parsed.vulnerabilities)) {
      const existing = await tx.vulnerability.findUnique({
        where: { productVersionId_identifier: { productVersionId, identifier: v.identifier } },
        select: { id: true, activelyExploited: true, awareAt: true },
      });
      const facts = {
        aliases: v.aliases.slice(0, 20),
        title: v.title?.slice(0, 300) ?? null,
        severity: v.severity,
        cvssScore: v.cvssScore,
        fixedInVersion: v.fixedInVersion?.slice(0, 60) ?? null,
        notAffected: v.notAffected,
        publishedAt: v.publishedAt,
      };
      if (existing) {
        // An import never clears exploitation someone recorded by hand; it can only add it.
        const exploited = existing.activelyExploited || v.activelyExploited;
        const row = await tx.vulnerability.update({
          where: { id: existing.id },
          data: {
            ...facts,
            activelyExploited: exploited,
            awareAt: existing.awareAt ?? (exploited ? now : null),
          },
          select: vulnSelect,
        });
        notice ||= noticeOf(row);
        updated++;
      } else {
        const row = await tx.vulnerability.create({
          data: {
            productVersionId,
            identifier: v.identifier,
            ...facts,
            activelyExploited: v.activelyExploited,
            awareAt: v.activelyExploited ? now : null,
            source: parsed.source,
            createdById: actor.id,
          },
          select: vulnSelect,
        });
        notice ||= noticeOf(row);
        added++;
      }
    }
    await auditVuln(tx, actor, access, "vulnerability.imported", productVersionId, {
      source: parsed.source,
      added,
      updated,
    });
    return {
      source: parsed.source,
      added,
      updated,
      affectedLabelCodes: notice
        ? (await labelsOfVersion(tx, productVersionId)).map((l) => l.publicCode)
        : [],
    };
  });
}

function dedupe(list: TImportedVuln[]): TImportedVuln[] {
  const seen = new Map<string, TImportedVuln>();
  for (const v of list) if (!seen.has(v.identifier)) seen.set(v.identifier, v);
  return [...seen.values()];
}

export type TVulnUpdate = {
  vulnerabilityId: string;
  activelyExploited?: boolean;
  fixedInVersion?: string | null;
  awareAt?: Date | null;
  correctiveMeasureAt?: Date | null;
  severity?: TVulnInput["severity"];
};

/** Updates facts of a vulnerability (a fix shipped, exploitation learnt). Returns the labels whose notice changed. */
export async function updateVulnerability(
  db: PrismaClient,
  actor: SessionUser,
  u: TVulnUpdate,
  now: Date = new Date(),
) {
  actorMay(actor);
  return db.$transaction(async (tx) => {
    const before = await tx.vulnerability.findUnique({
      where: { id: u.vulnerabilityId },
      select: vulnSelect,
    });
    if (!before) throw notFound("vulnerabilityNotFound");
    const access = await versionAccess(tx, actor, before.productVersionId);
    const exploited = u.activelyExploited ?? before.activelyExploited;
    const row = await tx.vulnerability.update({
      where: { id: before.id },
      data: {
        activelyExploited: exploited,
        fixedInVersion: u.fixedInVersion === undefined ? before.fixedInVersion : u.fixedInVersion,
        awareAt: u.awareAt !== undefined ? u.awareAt : (before.awareAt ?? (exploited ? now : null)),
        correctiveMeasureAt:
          u.correctiveMeasureAt !== undefined
            ? u.correctiveMeasureAt
            : (before.correctiveMeasureAt ?? (u.fixedInVersion ? now : null)),
        severity: u.severity ?? before.severity,
      },
      select: vulnSelect,
    });
    await auditVuln(tx, actor, access, "vulnerability.updated", row.id, {
      identifier: row.identifier,
      activelyExploited: row.activelyExploited,
      fixedInVersion: row.fixedInVersion,
    });
    const changed = noticeOf(before) !== noticeOf(row);
    return {
      vulnerability: row,
      affectedLabelCodes: changed
        ? (await labelsOfVersion(tx, row.productVersionId)).map((l) => l.publicCode)
        : [],
    };
  });
}

export async function listVulnerabilities(
  db: DbClient,
  actor: SessionUser,
  productVersionId: string,
  now = new Date(),
) {
  await versionAccess(db, actor, productVersionId);
  const rows = await db.vulnerability.findMany({
    where: { productVersionId },
    orderBy: [{ activelyExploited: "desc" }, { createdAt: "desc" }],
    select: vulnSelect,
  });
  return rows.map((v) => ({ ...v, notice: noticeOf(v), clocks: clocksOf(v, now) }));
}

function clocksOf(
  v: {
    activelyExploited: boolean;
    awareAt: Date | null;
    correctiveMeasureAt: Date | null;
    craReports: { stage: string; filedAt: Date }[];
  },
  now: Date,
): TCraClock[] {
  const filed: Partial<Record<TCraStage, Date>> = {};
  for (const r of v.craReports) filed[r.stage as TCraStage] = r.filedAt;
  return craClocks(
    {
      activelyExploited: v.activelyExploited,
      awareAt: v.awareAt,
      correctiveMeasureAt: v.correctiveMeasureAt,
      filed,
    },
    now,
  );
}

// ---------------------------------------------------------------- the lab: notice, suspension

/** What opens a public notice (lib/vulns/model.ts opensNotice), as a query. */
const OPEN_NOTICE = {
  activelyExploited: true,
  fixedInVersion: null,
  notAffected: false,
  noticeClearedAt: null,
} satisfies Prisma.VulnerabilityWhereInput;

/** Labels of the lab with an open security notice: the lab's list to act on. */
export async function labelsWithOpenNotices(db: DbClient, actor: SessionUser) {
  if (actor.role !== "LAB_REVIEWER") throw new AppError("FORBIDDEN", emsg("labReviewersOnly"));
  const labels = await db.label.findMany({
    where: {
      labId: actor.organizationId,
      OR: [
        { assessment: { productVersion: { vulnerabilities: { some: OPEN_NOTICE } } } },
        // Suspended labels stay listed (to reinstate) after their notice closed.
        { events: { some: { kind: "SUSPENDED" } } },
      ],
    },
    select: {
      id: true,
      publicCode: true,
      validUntil: true,
      events: { orderBy: { seq: "asc" }, select: labelEventSelect },
      assessment: {
        select: {
          id: true,
          productVersionId: true,
          product: { select: { modelName: true } },
          productVersion: {
            select: {
              firmwareVersion: true,
              vulnerabilities: {
                where: OPEN_NOTICE,
                select: { id: true, identifier: true, severity: true, title: true, awareAt: true },
              },
            },
          },
        },
      },
    },
    take: 200,
  });
  return labels
    .map((l) => ({
      id: l.id,
      publicCode: l.publicCode,
      state: deriveLabelHistory(l.events, l.validUntil).state,
      assessmentId: l.assessment.id,
      productVersionId: l.assessment.productVersionId,
      productName: l.assessment.product.modelName,
      firmwareVersion: l.assessment.productVersion?.firmwareVersion ?? null,
      vulnerabilities: l.assessment.productVersion?.vulnerabilities ?? [],
    }))
    .filter((l) => l.vulnerabilities.length > 0 || l.state === "suspended");
}

/** The lab clears a notice (e.g. the exploitation does not reach this product): the public page drops it. */
export async function clearNotice(
  db: PrismaClient,
  actor: SessionUser,
  input: { vulnerabilityId: string; reason: string },
) {
  if (actor.role !== "LAB_REVIEWER") throw new AppError("FORBIDDEN", emsg("labClearsNotices"));
  return db.$transaction(async (tx) => {
    const v = await tx.vulnerability.findUnique({ where: { id: input.vulnerabilityId }, select: vulnSelect });
    if (!v) throw notFound("vulnerabilityNotFound");
    const access = await versionAccess(tx, actor, v.productVersionId);
    if (!noticeOf(v)) throw new AppError("INVALID_STATE", emsg("noOpenNotice"));
    const cleared = await tx.vulnerability.updateMany({
      where: { id: v.id, noticeClearedAt: null },
      data: { noticeClearedAt: new Date(), noticeClearedById: actor.id, noticeClearedReason: input.reason },
    });
    if (cleared.count !== 1) throw new AppError("STALE", emsg("noticeClearedMeanwhile"));
    await auditVuln(tx, actor, access, "vulnerability.notice_cleared", v.id, {
      identifier: v.identifier,
      reason: input.reason,
    });
    return { affectedLabelCodes: (await labelsOfVersion(tx, v.productVersionId)).map((l) => l.publicCode) };
  });
}

async function labOwnLabel(tx: DbClient, actor: SessionUser, labelId: string) {
  if (actor.role !== "LAB_REVIEWER") throw new AppError("FORBIDDEN", emsg("labSuspends"));
  const label = await tx.label.findFirst({
    where: { id: labelId, labId: actor.organizationId },
    select: {
      id: true,
      publicCode: true,
      assessmentId: true,
      assessment: { select: { organizationId: true } },
    },
  });
  if (!label) throw notFound("labelNotFound");
  return label;
}

/** Suspends a label issued by the reviewer's lab: SUSPENDED event + log leaf + audit event, one transaction. */
export async function suspendLabel(
  db: PrismaClient,
  actor: SessionUser,
  input: { labelId: string; reason: string },
) {
  return db.$transaction(async (tx) => {
    const label = await labOwnLabel(tx, actor, input.labelId);
    const at = new Date();
    const ev = await appendLabelEvent(tx, {
      labelId: label.id,
      kind: "SUSPENDED",
      at,
      reason: input.reason,
      actorId: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "label.suspended",
      subjectType: "label",
      subjectId: label.id,
      organizationId: actor.organizationId,
      details: {
        reason: input.reason,
        publicCode: label.publicCode,
        assessmentId: label.assessmentId,
        logIndex: ev.leafIndex,
      },
    });
    return { publicCode: label.publicCode, assessmentId: label.assessmentId, at };
  });
}

/** Ends a suspension: REINSTATED event + log leaf + audit event, one transaction. */
export async function reinstateLabel(
  db: PrismaClient,
  actor: SessionUser,
  input: { labelId: string; reason: string },
) {
  return db.$transaction(async (tx) => {
    const label = await labOwnLabel(tx, actor, input.labelId);
    const events = await tx.labelEvent.findMany({
      where: { labelId: label.id },
      orderBy: { seq: "asc" },
      select: { kind: true },
    });
    if (events.at(-1)?.kind !== "SUSPENDED") throw new AppError("INVALID_STATE", emsg("notSuspended"));
    const at = new Date();
    const ev = await appendLabelEvent(tx, {
      labelId: label.id,
      kind: "REINSTATED",
      at,
      reason: input.reason,
      actorId: actor.id,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "label.reinstated",
      subjectType: "label",
      subjectId: label.id,
      organizationId: actor.organizationId,
      details: {
        reason: input.reason,
        publicCode: label.publicCode,
        assessmentId: label.assessmentId,
        logIndex: ev.leafIndex,
      },
    });
    return { publicCode: label.publicCode, assessmentId: label.assessmentId, at };
  });
}

// ---------------------------------------------------------------- public notice

export type TSecurityNotice = { identifier: string; severity: string; title: string | null; since: string };

/** Open notices of a label (by public code), for its public page: none for most labels. */
export async function securityNoticesOfLabel(db: DbClient, publicCode: string): Promise<TSecurityNotice[]> {
  const label = await db.label.findUnique({
    where: { publicCode },
    select: { assessment: { select: { productVersionId: true } } },
  });
  const versionId = label?.assessment.productVersionId;
  if (!versionId) return [];
  const rows = await db.vulnerability.findMany({
    where: {
      productVersionId: versionId,
      activelyExploited: true,
      fixedInVersion: null,
      notAffected: false,
      noticeClearedAt: null,
    },
    orderBy: { identifier: "asc" },
    select: { identifier: true, severity: true, title: true, awareAt: true, createdAt: true },
  });
  return rows.map((r) => ({
    identifier: r.identifier,
    severity: r.severity,
    title: r.title,
    since: (r.awareAt ?? r.createdAt).toISOString().slice(0, 10),
  }));
}

// ---------------------------------------------------------------- CRA reports

export async function markCraReportFiled(
  db: PrismaClient,
  actor: SessionUser,
  input: { vulnerabilityId: string; stage: TCraStage; reference: string | null; filedAt?: Date },
) {
  if (actor.role !== "MANUFACTURER_MEMBER") throw new AppError("FORBIDDEN", emsg("craReportsByManufacturer"));
  return db.$transaction(async (tx) => {
    const v = await tx.vulnerability.findUnique({ where: { id: input.vulnerabilityId }, select: vulnSelect });
    if (!v) throw notFound("vulnerabilityNotFound");
    const access = await versionAccess(tx, actor, v.productVersionId);
    if (!v.activelyExploited) throw new AppError("INVALID_STATE", emsg("art14Exploited"));
    if (input.stage === "FINAL_REPORT" && !v.correctiveMeasureAt)
      throw new AppError("INVALID_STATE", emsg("finalAfterFix"));
    if (v.craReports.some((r) => r.stage === input.stage))
      throw new AppError("CONFLICT", emsg("reportFiled"));
    const filedAt = input.filedAt ?? new Date();
    await tx.craReport.create({
      data: {
        vulnerabilityId: v.id,
        stage: input.stage,
        filedAt,
        filedById: actor.id,
        reference: input.reference,
      },
    });
    await auditVuln(tx, actor, access, "cra.report_filed", v.id, {
      identifier: v.identifier,
      stage: input.stage,
      reference: input.reference,
    });
    return { filedAt };
  });
}

/** Open Article 14 deadlines of the manufacturer's products, soonest first (for the dashboard). */
export async function craDeadlines(db: DbClient, actor: SessionUser, now: Date = new Date()) {
  if (actor.role !== "MANUFACTURER_MEMBER") return [];
  const rows = await db.vulnerability.findMany({
    where: { activelyExploited: true, productVersion: { product: { organizationId: actor.organizationId } } },
    select: {
      ...vulnSelect,
      productVersion: {
        select: { id: true, firmwareVersion: true, product: { select: { id: true, modelName: true } } },
      },
    },
    take: 500,
  });
  return rows
    .map((v) => {
      const clocks = clocksOf(v, now);
      return {
        vulnerabilityId: v.id,
        identifier: v.identifier,
        productId: v.productVersion.product.id,
        productName: v.productVersion.product.modelName,
        productVersionId: v.productVersion.id,
        firmwareVersion: v.productVersion.firmwareVersion,
        clocks,
        next: nextDeadline(clocks),
      };
    })
    .filter((d) => d.clocks.some((c) => c.status !== "filed"))
    .sort((a, b) => (a.next?.dueAt?.getTime() ?? Infinity) - (b.next?.dueAt?.getTime() ?? Infinity));
}

/** Everything a report draft needs about the vulnerability and its product. */
export async function craReportContext(
  db: DbClient,
  actor: SessionUser,
  vulnerabilityId: string,
  now = new Date(),
) {
  const v = await db.vulnerability.findUnique({
    where: { id: vulnerabilityId },
    select: {
      ...vulnSelect,
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
  if (!v) throw notFound("vulnerabilityNotFound");
  await versionAccess(db, actor, v.productVersionId);
  return { ...v, clocks: clocksOf(v, now) };
}

async function auditVuln(
  tx: DbClient,
  actor: SessionUser,
  access: TAccess,
  action: string,
  subjectId: string,
  details: Prisma.InputJsonValue,
) {
  await recordAudit(tx, {
    actorId: actor.id,
    action,
    subjectType: "product",
    subjectId: access.productId,
    organizationId: access.organizationId,
    details: { ref: subjectId, by: actor.role, ...(details as object) },
  });
}
