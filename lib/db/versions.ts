// Product versions (firmware on hardware) and the models of a product's family (docs/versions.md). The product row
// holds the version the manufacturer describes now; each distinct version gets its own ProductVersion row the first
// time it is used, so what an assessment (and its label) covers is fixed by id and never follows a later edit.
import { emsg } from "@/lib/i18n/errors";
import { AppError, notFound } from "@/lib/errors";
import { recordAudit } from "@/lib/db/audit";
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const clean = (v: string | null | undefined) => {
  const t = (v ?? "").trim();
  return t === "" ? null : t;
};

/** The version row for (hardware, firmware) of a product, created when it does not exist yet. */
export async function ensureVersion(
  tx: DbClient,
  input: {
    productId: string;
    hardwareVersion: string;
    firmwareVersion: string;
    actorId?: string | null;
    notes?: string | null;
  },
): Promise<{ id: string; created: boolean }> {
  const key = {
    productId: input.productId,
    hardwareVersion: input.hardwareVersion.trim(),
    firmwareVersion: input.firmwareVersion.trim(),
  };
  const found = await tx.productVersion.findUnique({
    where: { productId_hardwareVersion_firmwareVersion: key },
    select: { id: true },
  });
  if (found) return { id: found.id, created: false };
  const made = await tx.productVersion.create({
    data: { ...key, createdById: input.actorId ?? null, notes: clean(input.notes) },
    select: { id: true },
  });
  return { id: made.id, created: true };
}

/** The family model row for a model name (its SKU updated when given), created when it does not exist yet. */
export async function ensureModel(
  tx: DbClient,
  input: { productId: string; modelName: string; sku?: string | null },
): Promise<{ id: string }> {
  const modelName = input.modelName.trim();
  const sku = clean(input.sku);
  const row = await tx.productModel.upsert({
    where: { productId_modelName: { productId: input.productId, modelName } },
    create: { productId: input.productId, modelName, sku },
    update: { archivedAt: null, ...(sku !== null ? { sku } : {}) },
    select: { id: true },
  });
  return row;
}

/** The active models of a product's family, the product's own model name first. */
export async function activeModels(tx: DbClient, productId: string) {
  const [product, models] = await Promise.all([
    tx.product.findUnique({ where: { id: productId }, select: { modelName: true } }),
    tx.productModel.findMany({
      where: { productId, archivedAt: null },
      orderBy: [{ createdAt: "asc" }, { modelName: "asc" }],
      select: { id: true, modelName: true, sku: true },
    }),
  ]);
  return models.sort(
    (a, b) => Number(b.modelName === product?.modelName) - Number(a.modelName === product?.modelName),
  );
}

export const MAX_FAMILY_MODELS = 200;

/** Adds a model name (and SKU) to the family of one of the actor's products. */
export async function addProductModel(
  db: PrismaClient,
  actor: SessionUser,
  input: { productId: string; modelName: string; sku?: string | null },
) {
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: input.productId, organizationId: actor.organizationId, archivedAt: null },
      select: { id: true },
    });
    if (!product) throw notFound("productNotFound");
    const n = await tx.productModel.count({ where: { productId: product.id, archivedAt: null } });
    if (n >= MAX_FAMILY_MODELS)
      throw new AppError("TOO_LARGE", emsg("familyMax", { max: MAX_FAMILY_MODELS }));
    const model = await ensureModel(tx, input);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.model_added",
      subjectType: "product",
      subjectId: product.id,
      organizationId: actor.organizationId,
      details: { modelId: model.id, modelName: input.modelName.trim(), sku: clean(input.sku) },
    });
    return model;
  });
}

/**
 * Takes a model out of the family for assessments from now on. Labels that named it keep naming it (their
 * snapshot is frozen); the product's own model name cannot be removed.
 */
export async function archiveProductModel(
  db: PrismaClient,
  actor: SessionUser,
  input: { productId: string; modelId: string },
) {
  return db.$transaction(async (tx) => {
    const model = await tx.productModel.findFirst({
      where: {
        id: input.modelId,
        productId: input.productId,
        archivedAt: null,
        product: { organizationId: actor.organizationId },
      },
      select: { id: true, modelName: true, product: { select: { modelName: true } } },
    });
    if (!model) throw notFound("modelNotFound");
    if (model.modelName === model.product.modelName) throw new AppError("INVALID_STATE", emsg("ownModel"));
    await tx.productModel.update({ where: { id: model.id }, data: { archivedAt: new Date() } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.model_removed",
      subjectType: "product",
      subjectId: input.productId,
      organizationId: actor.organizationId,
      details: { modelId: model.id, modelName: model.modelName },
    });
  });
}
