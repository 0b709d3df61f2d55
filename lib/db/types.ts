import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** A client or a transaction client: data functions accept either so several steps can share one $transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
