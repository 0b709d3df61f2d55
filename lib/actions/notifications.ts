import { z } from "zod";
import { guardedAction } from "@/lib/auth/action";
import { ADMIN, ANY_ROLE } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { markAllRead, retryMail } from "@/lib/db/notifications";
import { afterNotifyingCommit } from "@/lib/notify/app";
import { zId } from "@/lib/validation/text";

export const markAllReadAction = guardedAction({ roles: ANY_ROLE, input: z.object({}) }, ({ user }) =>
  markAllRead(prisma(), user),
);

export const retryMailAction = guardedAction(
  { roles: ADMIN, input: z.object({ id: zId }) },
  async ({ user, input }) => {
    await retryMail(prisma(), user, input.id);
    afterNotifyingCommit();
    return { id: input.id };
  },
);
