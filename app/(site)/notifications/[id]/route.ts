import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { ANY_ROLE } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { openNotification } from "@/lib/db/notifications";
import { zId } from "@/lib/validation/text";

/**
 * Opening a notification: marks it read and goes to the page it concerns (a stored app path, never an outside
 * address). Someone else's notification, or one that does not exist, leads back to the list.
 */
export const GET = defineRoute(
  { roles: ANY_ROLE, params: z.object({ id: zId }) },
  async ({ user, params }) => {
    const link = await openNotification(prisma(), user, params.id);
    // A path of this app (safeAppPath): a relative Location stays on this origin.
    return new Response(null, { status: 303, headers: { Location: link ?? "/notifications" } });
  },
);
