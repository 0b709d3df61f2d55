import { z } from "zod";
import { guardedAction } from "@/lib/auth/action";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { archiveProduct, createProduct, updateProduct } from "@/lib/db/products";
import { ZProductInput } from "@/lib/products/schema";
import { zId } from "@/lib/validation/text";
import { startReassessment } from "@/lib/db/reassess";
import { addProductModel, archiveProductModel } from "@/lib/db/versions";
import { ZAddModel, ZArchiveModel, ZReassess } from "@/lib/versions/schema";

const ZProductId = zId;

/** The form's own schema plus the id, so field errors keep the form's field names. */
const ZUpdateProduct = ZProductInput.extend({ id: ZProductId });
const ZArchiveProduct = z.object({ id: ZProductId });

export const createProductAction = guardedAction(
  { roles: MANUFACTURER, input: ZProductInput },
  async ({ user, input }) => {
    const product = await createProduct(prisma(), user, input);
    return { id: product.id };
  },
);

export const updateProductAction = guardedAction(
  { roles: MANUFACTURER, input: ZUpdateProduct },
  async ({ user, input }) => {
    const { id, ...product } = input;
    await updateProduct(prisma(), user, id, product);
    return { id };
  },
);

export const archiveProductAction = guardedAction(
  { roles: MANUFACTURER, input: ZArchiveProduct },
  async ({ user, input }) => {
    await archiveProduct(prisma(), user, input.id);
    return { id: input.id };
  },
);

// Versions and families (docs/versions.md).
export const reassessAction = guardedAction(
  { roles: MANUFACTURER, input: ZReassess },
  async ({ user, input }) => {
    const r = await startReassessment(prisma(), user, input);
    return { id: r.id, productId: input.productId, carried: r.carried };
  },
);

export const addModelAction = guardedAction(
  { roles: MANUFACTURER, input: ZAddModel },
  async ({ user, input }) => {
    const m = await addProductModel(prisma(), user, input);
    return { id: m.id, productId: input.productId };
  },
);

export const archiveModelAction = guardedAction(
  { roles: MANUFACTURER, input: ZArchiveModel },
  async ({ user, input }) => {
    await archiveProductModel(prisma(), user, input);
    return { id: input.modelId, productId: input.productId };
  },
);
