import "server-only";
import { notFound } from "next/navigation";
import { getProduct } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import type { SessionUser } from "@/lib/db/accounts";
import { AppError } from "@/lib/errors";

/** Another organisation's product is indistinguishable from a missing one: both are a 404. */
export function productOr404(user: SessionUser, id: string) {
  return getProduct(prisma(), user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
}
