import { z } from "zod";
import { defineRoute } from "@/lib/auth/route";
import { ANY_ROLE } from "@/lib/auth/roles";

export const GET = defineRoute({ roles: ANY_ROLE, params: z.object({}) }, async ({ user }) =>
  Response.json({
    id: user.id,
    name: user.name,
    role: user.role,
    organization: { id: user.organizationId, name: user.organizationName, kind: user.organizationKind },
  }),
);
