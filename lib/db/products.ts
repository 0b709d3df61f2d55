// Products belong to one manufacturer organisation; every query filters by it (ownership lives in the `where`).
import { AppError, notFound } from "@/lib/errors";
import { emsg } from "@/lib/i18n/errors";
import type { TProductInput } from "@/lib/products/schema";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { labelStateSelect, withLabelIntegrity } from "@/lib/db/manufacturer-labels";
import type { TReadOptions } from "@/lib/db/public-labels";
import { ensureModel, ensureVersion } from "@/lib/db/versions";
import { schemeIds } from "@/lib/schemes/registry";

/** Keeps the version and family rows in step with the product's current facts (lib/db/versions.ts). */
async function syncVersionAndModel(
  tx: DbClient,
  actor: SessionUser,
  p: {
    id: string;
    modelName: string;
    modelNumber: string | null;
    hardwareVersion: string;
    firmwareVersion: string;
  },
) {
  await ensureVersion(tx, {
    productId: p.id,
    hardwareVersion: p.hardwareVersion,
    firmwareVersion: p.firmwareVersion,
    actorId: actor.id,
  });
  await ensureModel(tx, { productId: p.id, modelName: p.modelName, sku: p.modelNumber });
}

const productSelect = {
  id: true,
  organizationId: true,
  modelName: true,
  modelNumber: true,
  hardwareVersion: true,
  firmwareVersion: true,
  category: true,
  description: true,
  supportPeriodEnd: true,
  updatesAutomatic: true,
  defaultCredentials: true,
  vulnDisclosureUrl: true,
  privacyPolicyUrl: true,
  // The content type says whether an image exists; the bytes are read only by the image route.
  imageContentType: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

function toData(input: TProductInput) {
  return {
    modelName: input.modelName,
    modelNumber: input.modelNumber ?? null,
    hardwareVersion: input.hardwareVersion,
    firmwareVersion: input.firmwareVersion,
    category: input.category,
    description: input.description ?? null,
    supportPeriodEnd: new Date(`${input.supportPeriodEnd}T00:00:00Z`),
    updatesAutomatic: input.updatesAutomatic,
    defaultCredentials: input.defaultCredentials ?? null,
    vulnDisclosureUrl: input.vulnDisclosureUrl ?? null,
    privacyPolicyUrl: input.privacyPolicyUrl ?? null,
  };
}

export function listProducts(db: DbClient, actor: SessionUser, opts: { includeArchived?: boolean } = {}) {
  return db.product.findMany({
    where: { organizationId: actor.organizationId, ...(opts.includeArchived ? {} : { archivedAt: null }) },
    orderBy: { updatedAt: "desc" },
    select: productSelect,
  });
}

export async function getProduct(db: DbClient, actor: SessionUser, id: string) {
  const product = await db.product.findFirst({
    where: { id, organizationId: actor.organizationId },
    select: productSelect,
  });
  if (!product) throw notFound("productNotFound");
  return product;
}

export async function createProduct(db: PrismaClient, actor: SessionUser, input: TProductInput) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.create({
      data: { ...toData(input), organizationId: actor.organizationId },
      select: productSelect,
    });
    await syncVersionAndModel(tx, actor, product);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.created",
      subjectType: "product",
      subjectId: product.id,
      organizationId: actor.organizationId,
      details: { modelName: product.modelName },
    });
    return product;
  });
}

export async function updateProduct(db: PrismaClient, actor: SessionUser, id: string, input: TProductInput) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id, organizationId: actor.organizationId, archivedAt: null },
      data: toData(input),
    });
    if (count !== 1) throw notFound("productNotFound");
    await syncVersionAndModel(tx, actor, { id, ...toData(input) });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.updated",
      subjectType: "product",
      subjectId: id,
      organizationId: actor.organizationId,
      details: { fields: Object.keys(input) },
    });
    return getProduct(tx, actor, id);
  });
}

export async function archiveProduct(db: PrismaClient, actor: SessionUser, id: string) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id, organizationId: actor.organizationId, archivedAt: null },
      data: { archivedAt: new Date() },
    });
    if (count !== 1) throw notFound("productNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.archived",
      subjectType: "product",
      subjectId: id,
      organizationId: actor.organizationId,
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Image
// ---------------------------------------------------------------------------------------------------------

export const PRODUCT_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export type ProductImageType = "image/png" | "image/jpeg";

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type read from the bytes themselves: a client-declared type or file name is never trusted. */
export function detectProductImageType(bytes: Uint8Array): ProductImageType | null {
  if (bytes.length >= PNG_MAGIC.length && PNG_MAGIC.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/** Stores (or replaces) the product's image after checking its size and type from the content. */
export async function setProductImage(db: PrismaClient, actor: SessionUser, id: string, bytes: Uint8Array) {
  if (bytes.length === 0) throw new AppError("VALIDATION", emsg("chooseImage"));
  if (bytes.length > PRODUCT_IMAGE_MAX_BYTES) throw new AppError("TOO_LARGE", emsg("imageTooLarge"));
  const contentType = detectProductImageType(bytes);
  if (!contentType) throw new AppError("UNSUPPORTED_MEDIA", emsg("imageType"));
  return db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id, organizationId: actor.organizationId, archivedAt: null },
      data: { imageBytes: Buffer.from(bytes), imageContentType: contentType },
    });
    if (count !== 1) throw notFound("productNotFound");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.image_set",
      subjectType: "product",
      subjectId: id,
      organizationId: actor.organizationId,
      details: { contentType, size: bytes.length },
    });
    return { contentType, size: bytes.length };
  });
}

/** The image of one of the actor's organisation's products; NOT_FOUND for others' products and when none is set. */
export async function getProductImage(db: DbClient, actor: SessionUser, id: string) {
  const row = await db.product.findFirst({
    where: { id, organizationId: actor.organizationId },
    select: { imageBytes: true, imageContentType: true, updatedAt: true },
  });
  if (!row?.imageBytes || !row.imageContentType) throw notFound("imageNotFound");
  return {
    bytes: new Uint8Array(row.imageBytes),
    contentType: row.imageContentType,
    updatedAt: row.updatedAt,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Assessments seen from the product side (the product page and the dashboard)
// ---------------------------------------------------------------------------------------------------------

const assessmentSummarySelect = {
  id: true,
  status: true,
  targetSchemes: true,
  catalogVersion: true,
  createdAt: true,
  updatedAt: true,
  // The label it issued, if any: its state is part of the status shown (lib/workflow/display-status.ts).
  label: { select: { id: true, ...labelStateSelect } },
} as const;

/** Each assessment's label (if any) with its integrity check on serve, so its badge can say when that fails. */
async function withCheckedLabels<A extends { label: { id: string } | null; targetSchemes: string[] }>(
  db: DbClient,
  rows: A[],
  read: TReadOptions,
) {
  const checked = await withLabelIntegrity(
    db,
    rows.flatMap((a) => (a.label ? [a.label] : [])),
    read,
  );
  return rows.map((a) => ({
    ...a,
    targetSchemes: schemeIds(a.targetSchemes),
    label: a.label ? (checked.get(a.label.id) ?? null) : null,
  }));
}

/** A product's assessments, newest first; empty for another organisation's product. */
export async function listProductAssessments(
  db: DbClient,
  actor: SessionUser,
  productId: string,
  read: TReadOptions = {},
) {
  const rows = await db.assessment.findMany({
    where: { productId, organizationId: actor.organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { ...assessmentSummarySelect, lab: { select: { name: true } } },
  });
  return withCheckedLabels(db, rows, read);
}

/**
 * The organisation's active products, each with its latest assessment (or none) and that assessment's answers, so
 * the dashboard can compute results. One findMany: Prisma loads the nested relations in batched queries, not one
 * query per product.
 */
export async function listProductsWithLatestAssessment(
  db: DbClient,
  actor: SessionUser,
  read: TReadOptions = {},
) {
  const products = await db.product.findMany({
    where: { organizationId: actor.organizationId, archivedAt: null },
    orderBy: { updatedAt: "desc" },
    select: {
      ...productSelect,
      assessments: {
        // Belt and braces: the assessment carries the owner too.
        where: { organizationId: actor.organizationId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { ...assessmentSummarySelect, answers: { select: { questionId: true, value: true } } },
      },
    },
  });
  const checked = await withLabelIntegrity(
    db,
    products.flatMap((p) => p.assessments.flatMap((a) => (a.label ? [a.label] : []))),
    read,
  );
  return products.map((p) => ({
    ...p,
    assessments: p.assessments.map((a) => ({
      ...a,
      targetSchemes: schemeIds(a.targetSchemes),
      label: a.label ? (checked.get(a.label.id) ?? null) : null,
    })),
  }));
}
