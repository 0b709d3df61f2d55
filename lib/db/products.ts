// Products belong to one manufacturer organisation; every query filters by it (ownership lives in the `where`).
import { notFound } from "@/lib/errors";
import type { TProductInput } from "@/lib/products/schema";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";

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
  if (!product) throw notFound("This product");
  return product;
}

export async function createProduct(db: PrismaClient, actor: SessionUser, input: TProductInput) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.create({
      data: { ...toData(input), organizationId: actor.organizationId },
      select: productSelect,
    });
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
    if (count !== 1) throw notFound("This product");
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
    if (count !== 1) throw notFound("This product");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.archived",
      subjectType: "product",
      subjectId: id,
      organizationId: actor.organizationId,
    });
  });
}
