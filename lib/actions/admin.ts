import { guardedAction } from "@/lib/auth/action";
import { ADMIN } from "@/lib/auth/roles";
import { ZCreateLabUser } from "@/lib/auth/schemas";
import { createLab, createLabUser } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";
import { setLabAccreditation } from "@/lib/db/labs";
import { ZCreateLabInput, ZSetLabAccreditation } from "@/lib/labs/schema";

export const createLabAction = guardedAction({ roles: ADMIN, input: ZCreateLabInput }, ({ user, input }) =>
  createLab(prisma(), user, input),
);

export const setLabAccreditationAction = guardedAction(
  { roles: ADMIN, input: ZSetLabAccreditation },
  ({ user, input }) => setLabAccreditation(prisma(), user, input),
);

export const createLabUserAction = guardedAction({ roles: ADMIN, input: ZCreateLabUser }, ({ user, input }) =>
  createLabUser(prisma(), user, input),
);
