// Next.js calls register() once when a server process starts (next start / next dev). Two background steps run in
// the Node.js server only (the Edge runtime has no database driver), never while `next build` collects pages:
// - the notification scheduler (mail delivery with retries, expiry reminders: lib/notify);
// - the transparency log step (expiry events, signed tree heads: lib/translog).
// NEXT_RUNTIME and NEXT_PHASE are set by Next itself, not configuration, which is why this reads process.env
// directly (everything configurable goes through lib/env.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startNotificationScheduler } = await import("@/lib/notify/app");
  startNotificationScheduler();
  const { startTransparencyLog } = await import("@/lib/translog/start");
  startTransparencyLog();
}

/**
 * Next calls this for every error it catches while rendering a page or running a route handler or action: one
 * structured log line (lib/log.ts) with the digest an error boundary shows, the route and the request id.
 */
export async function onRequestError(
  err: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logError } = await import("@/lib/log");
  const { isRequestId } = await import("@/lib/http/request-context");
  const reqId = request.headers["x-request-id"];
  logError("request.failed", err, {
    digest: (err as { digest?: unknown } | null)?.digest,
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    ...(isRequestId(reqId) ? { reqId } : {}),
  });
}
