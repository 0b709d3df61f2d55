import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";

/**
 * A per-request CSP nonce for every page rendered per request (see lib/http/csp.ts). Next reads the nonce from the
 * request's Content-Security-Policy header and adds it to the scripts it renders. The public label pages, API
 * routes and static files are left out (matcher below): they get the static policy from next.config.ts, and the
 * cached label pages stay free of per-request work.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV !== "production" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Every page except the paths in STATIC_CSP_SOURCES (lib/http/csp.ts); files (a name with an extension) too.
  matcher: ["/((?!r/|api/|_next/|\\.well-known/|.*\\.[A-Za-z0-9]+$).*)"],
};
