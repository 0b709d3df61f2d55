import { z } from "zod";
import { guardedAction } from "@/lib/auth/action";
import { ADMIN } from "@/lib/auth/roles";
import { setReviewerDisabled } from "@/lib/db/admin";
import { prisma } from "@/lib/db/client";
import { zId } from "@/lib/validation/text";

export const ZSetReviewerDisabled = z.object({ userId: zId, disabled: z.boolean() });

export const setReviewerDisabledAction = guardedAction(
  { roles: ADMIN, input: ZSetReviewerDisabled },
  ({ user, input }) => setReviewerDisabled(prisma(), user, input),
);
