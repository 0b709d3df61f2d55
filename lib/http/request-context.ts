// The request id: one per request, made by the production server (lib/cli/serve.ts) or, under `next dev`, by
// proxy.ts. It is sent back as X-Request-Id, forwarded to Next as the request's x-request-id header (pages read it
// there to show it on error pages), and kept in an AsyncLocalStorage for the request's whole asynchronous life, so
// every log line written while serving it carries it (lib/log.ts). Behind a trusted proxy (TRUST_PROXY > 0) an
// X-Request-Id the proxy set is kept when it is a plain token, so the proxy's and the app's logs share one id.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { isRequestId } from "@/lib/http/request-id";

export { isRequestId, REQUEST_ID_HEADER } from "@/lib/http/request-id";

export type TRequestContext = { reqId: string };

const KEY = Symbol.for("cyberlabel.request-context");

/** One store per process, shared by lib/cli/serve.ts (tsx) and the app's bundles (Next), like reachability. */
function store(): AsyncLocalStorage<TRequestContext> {
  const g = globalThis as unknown as Record<symbol, AsyncLocalStorage<TRequestContext> | undefined>;
  return (g[KEY] ??= new AsyncLocalStorage<TRequestContext>());
}

export function newRequestId(): string {
  return randomUUID();
}

/** The id for an incoming request: a trusted proxy's, when there is one and it is well formed, else a new one. */
export function requestIdFor(incoming: string | string[] | undefined | null, trustProxy: number): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return trustProxy > 0 && isRequestId(value) ? value : newRequestId();
}

export function runWithRequest<T>(ctx: TRequestContext, fn: () => T): T {
  return store().run(ctx, fn);
}

/** The id of the request being served, when there is one. */
export function currentRequestId(): string | undefined {
  return store().getStore()?.reqId;
}
