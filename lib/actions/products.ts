import { z } from "zod";
import { guardedAction } from "@/lib/auth/action";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { archiveProduct, createProduct, updateProduct } from "@/lib/db/products";
import { ZProductInput } from "@/lib/products/schema";
import { zId } from "@/lib/validation/text";

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
