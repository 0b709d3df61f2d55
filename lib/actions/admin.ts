import { guardedAction } from "@/lib/auth/action";
import { ADMIN } from "@/lib/auth/roles";
import { ZCreateLab, ZCreateLabUser } from "@/lib/auth/schemas";
import { createLab, createLabUser } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";

export const createLabAction = guardedAction({ roles: ADMIN, input: ZCreateLab }, ({ user, input }) =>
  createLab(prisma(), user, input),
);

export const createLabUserAction = guardedAction({ roles: ADMIN, input: ZCreateLabUser }, ({ user, input }) =>
  createLabUser(prisma(), user, input),
);
