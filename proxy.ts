import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import {
  badRequestResponse,
  checkActionBody,
  hasMalformedEncoding,
  isHttps,
  HSTS_VALUE,
} from "@/lib/http/request-guard";
import { isRequestId, REQUEST_ID_HEADER } from "@/lib/http/request-id";

/** Paths that get the static policy from next.config.ts (STATIC_CSP_SOURCES in lib/http/csp.ts), not a nonce. */
const STATIC_CSP_PATH = /^\/(?:r\/|api\/|_next\/|\.well-known\/)|\.[A-Za-z0-9]+$/;

/**
 * Runs before every request but static build files:
 * - a path or query with malformed percent-encoding (`/r/%ff`) is answered 400 here, before Next's own decoding
 *   turns it into a 500;
 * - a server-action call with a body over the 1 MB limit answers 413, a malformed one 400 (Next: 500);
 * - over https (PUBLIC_BASE_URL or a TLS-terminating proxy's X-Forwarded-Proto), Strict-Transport-Security;
 * - a request id, when the server in front did not give one (`next dev`; `npm start` does: lib/cli/serve.ts);
 * - a per-request CSP nonce for every page rendered per request (see lib/http/csp.ts). Next reads the nonce from
 *   the request's Content-Security-Policy header and adds it to the scripts it renders. The public label pages,
 *   API routes and files keep the static policy from next.config.ts, and the cached label pages stay free of
 *   per-request rendering work.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (hasMalformedEncoding(pathname, search)) return badRequestResponse(pathname.startsWith("/api/"));
  const refused = await checkActionBody(request);
  if (refused) return refused;
  let response: NextResponse;
  const reqId = isRequestId(request.headers.get(REQUEST_ID_HEADER)) ? null : crypto.randomUUID();
  if (STATIC_CSP_PATH.test(pathname)) {
    if (reqId) {
      const headers = new Headers(request.headers);
      headers.set(REQUEST_ID_HEADER, reqId);
      response = NextResponse.next({ request: { headers } });
    } else {
      response = NextResponse.next();
    }
  } else {
    const policy = contentSecurityPolicy({ nonce: newNonce(), dev: process.env.NODE_ENV !== "production" });
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    if (reqId) headers.set(REQUEST_ID_HEADER, reqId);
    response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", policy);
  }
  if (reqId) response.headers.set("X-Request-Id", reqId);
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

export const config = {
  // Everything but Next's build output; file names are checked too (a malformed name must not give a 500).
  matcher: ["/((?!_next/static/|_next/image).*)"],
};
