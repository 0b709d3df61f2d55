import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { MANUFACTURER } from "@/lib/auth/roles";
import { getProduct } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import { zId } from "@/lib/validation/text";

export const GET = defineRoute(
  { roles: MANUFACTURER, params: z.object({ id: zId }) },
  async ({ user, params }) => Response.json(await getProduct(prisma(), user, params.id)),
);
