import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { MANUFACTURER } from "@/lib/auth/roles";
import { getProduct } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";

export const GET = defineRoute(
  { roles: MANUFACTURER, params: z.object({ id: z.string().min(1).max(40) }) },
  async ({ user, params }) => Response.json(await getProduct(prisma(), user, params.id)),
);
