// The wrapper every protected route handler goes through: session, role, zod-parsed params/query/body with a size
// limit, JSON errors with the right status (401, 403, 400, 404, 409, 413, 429) and never a raw error message.
import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { authorize, failure, parseInput } from "@/lib/auth/guarded";
import { ERROR_STATUS, RETRY_AFTER_SECONDS } from "@/lib/errors";
import type { SessionUser } from "@/lib/db/accounts";
import type { Role } from "@/lib/generated/prisma/enums";

type RouteSpec<P extends z.ZodType, Q extends z.ZodType> = {
  roles: readonly Role[];
  params: P;
  query?: Q;
};

type RouteContext = { params?: Promise<Record<string, string | string[]>> } | undefined;

/** A route handler made by defineRoute: its roles and a way to run it for a given caller are visible to tests. */
export type ProtectedRoute = ((request: Request, context: RouteContext) => Promise<Response>) & {
  spec: { roles: readonly Role[] };
  runAs: (user: SessionUser | null, request: Request, context: RouteContext) => Promise<Response>;
};

export function errorResponse(err: unknown): Response {
  const f = failure(err);
  return Response.json(
    { error: { code: f.code, message: f.message, fieldErrors: f.fieldErrors } },
    {
      status: ERROR_STATUS[f.code],
      headers: {
        "Cache-Control": "no-store",
        ...(f.code === "UNAVAILABLE" ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}),
      },
    },
  );
}

export function defineRoute<P extends z.ZodType, Q extends z.ZodType = z.ZodType<Record<string, never>>>(
  spec: RouteSpec<P, Q>,
  handler: (ctx: {
    user: SessionUser;
    params: z.infer<P>;
    query: z.infer<Q>;
    request: Request;
  }) => Promise<Response>,
): ProtectedRoute {
  // The handler for a caller already identified: what the exported route runs after loading the session, and what
  // the authorization matrix test (lib/auth/access-matrix.db.test.ts) runs for each identity.
  const runAs = async (user: SessionUser | null, request: Request, context: RouteContext) => {
    try {
      authorize(spec.roles, user);
      // A static route (/api/me) has no params: Next passes none, which is {} here, not a 400.
      const params = parseInput(spec.params, (await context?.params) ?? {});
      const url = new URL(request.url);
      const query = spec.query
        ? parseInput(spec.query, Object.fromEntries(url.searchParams))
        : ({} as z.infer<Q>);
      const response = await handler({ user, params, query, request });
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "private, no-store");
      return response;
    } catch (err) {
      return errorResponse(err);
    }
  };
  const route = async (request: Request, context: RouteContext) => {
    let user: SessionUser | null;
    try {
      user = await getSessionUser();
    } catch (err) {
      return errorResponse(err);
    }
    return runAs(user, request, context);
  };
  return Object.assign(route, { spec: { roles: spec.roles }, runAs });
}
