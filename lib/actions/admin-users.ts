import { z } from "zod";
import { guardedAction } from "@/lib/auth/action";
import { ADMIN } from "@/lib/auth/roles";
import { setReviewerDisabled } from "@/lib/db/admin";
import { prisma } from "@/lib/db/client";

export const ZSetReviewerDisabled = z.object({ userId: z.string().min(1).max(40), disabled: z.boolean() });

export const setReviewerDisabledAction = guardedAction(
  { roles: ADMIN, input: ZSetReviewerDisabled },
  ({ user, input }) => setReviewerDisabled(prisma(), user, input),
);
