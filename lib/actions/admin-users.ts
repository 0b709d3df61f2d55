import { z } from "zod";
import { guardedAction } from "@/lib/auth/action";
import { ADMIN } from "@/lib/auth/roles";
import { setReviewerDisabled } from "@/lib/db/admin";
import { prisma } from "@/lib/db/client";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { zId } from "@/lib/validation/text";

export const ZSetReviewerDisabled = z.object({ userId: zId, disabled: z.boolean() });

export const setReviewerDisabledAction = guardedAction(
  { roles: ADMIN, input: ZSetReviewerDisabled },
  ({ user, input }) => setReviewerDisabled(prisma(), user, input),
);

/** An administrator ends every session of a user ("sign out everywhere"): a stolen cookie stops working. */
export const endUserSessionsAction = guardedAction(
  { roles: ADMIN, input: z.object({ userId: zId }) },
  async ({ user, input }) => ({
    endedSessions: await revokeUserSessions(prisma(), input.userId, "ended_by_admin", { actorId: user.id }),
  }),
);
