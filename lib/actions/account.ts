// The signed-in user's own account (/account): password change and "sign out everywhere else".
import { z } from "zod";
import { vmsg } from "@/lib/i18n/zod";
import { guardedAction } from "@/lib/auth/action";
import { ANY_ROLE } from "@/lib/auth/roles";
import { ZNewPassword } from "@/lib/auth/schemas";
import { changeOwnPassword, revokeUserSessions } from "@/lib/auth/sessions";
import { prisma } from "@/lib/db/client";
import { zText } from "@/lib/validation/text";

export const ZChangePassword = z
  .object({
    currentPassword: zText({ min: 1, max: 128, noTrim: true, minMessage: vmsg("enterCurrentPassword") }),
    newPassword: ZNewPassword,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ["newPassword"],
    message: vmsg("passwordSame"),
  });

export const changePasswordAction = guardedAction(
  { roles: ANY_ROLE, input: ZChangePassword },
  ({ user, input }) => changeOwnPassword(prisma(), user, input),
);

export const endOtherSessionsAction = guardedAction(
  { roles: ANY_ROLE, input: z.object({}) },
  async ({ user }) => ({
    endedSessions: await revokeUserSessions(prisma(), user.id, "ended_by_user", { keep: user.sessionId }),
  }),
);
