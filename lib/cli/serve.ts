// `npm start`: the production server. A small Node HTTP server in front of Next's own request handler that answers
// the QR landing path (/r/<code> and /r/<code>/<lang>) from memory: the bytes and headers Next rendered for that
// page, rendered once per label event and language (lib/serve/page-cache.ts), so a burst of scans never enters
// Next's pipeline. Everything else, and every request the cache cannot answer yet, is Next's. The cache is
// invalidated by the label events themselves (NOTIFY at commit, lib/db/label-events.ts): PostgreSQL LISTEN per
// process, PGlite in-process. Only pages of labels that pass the integrity check are cached; the rest are verified
// and rendered by Next on every request. docs/public-label-caching.md explains the whole chain.
// Every request gets an id (X-Request-Id, on every log line written while serving it: lib/http/request-context.ts),
// and a 5xx Next would send becomes a page with that id: 503 + Retry-After while the database is unreachable
// (lib/serve/error-guard.ts).
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { env } from "@/lib/env";
import { REQUEST_ID_HEADER, requestIdFor, runWithRequest } from "@/lib/http/request-context";
import { logError, logInfo } from "@/lib/log";
import { guardServerErrors } from "@/lib/serve/error-guard";
import { onPublicLabelChanged } from "@/lib/serve/bus";
import { listenForLabelEvents } from "@/lib/serve/listen";
import {
  cachedHeaders,
  isCacheableLabelPage,
  PublicPageCache,
  toCached,
  type TCached,
  withRequestId,
} from "@/lib/serve/page-cache";
import { landingOf } from "@/lib/serve/routes";

const ROOT = process.cwd();
const PORT = Number(process.env.PORT ?? 3000);
const HOSTNAME = process.env.HOSTNAME || undefined; // like `next start`: every interface unless told
const DIST = process.env.NEXT_DIST_DIR || ".next";
/** Marks the server's own render requests, which always go to Next. */
const RENDER_HEADER = "x-cyberlabel-render";
const RENDER_TOKEN = crypto.randomUUID();

const app = next({ dev: false, dir: ROOT, hostname: HOSTNAME ?? "localhost", port: PORT });
const handle = app.getRequestHandler();

// Next's on-demand revalidation key: a render request carrying it regenerates the ISR page instead of serving the
// copy Next cached before the label event (the event may come from another process that could not revalidate it).
function previewModeId(): string | null {
  try {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, DIST, "prerender-manifest.json"), "utf8")) as {
      preview?: { previewModeId?: string };
    };
    return manifest.preview?.previewModeId ?? null;
  } catch {
    return null;
  }
}
const REVALIDATE_KEY = previewModeId();

async function renderThroughNext(key: string): Promise<TCached | null> {
  const base = `http://127.0.0.1:${PORT}`;
  const internal = { [RENDER_HEADER]: RENDER_TOKEN, "accept-encoding": "identity" };
  if (key.startsWith("302 ")) {
    const [, code, lang] = key.split(" ");
    const res = await fetch(`${base}/r/${code}`, {
      redirect: "manual",
      headers: { ...internal, "accept-language": lang! },
    });
    await res.arrayBuffer();
    if (res.status !== 302) return null;
    return toCached({ status: 302, headers: cachedHeaders(res.headers), body: Buffer.alloc(0) });
  }
  if (REVALIDATE_KEY) {
    const fresh = await fetch(base + key, {
      headers: { ...internal, "x-prerender-revalidate": REVALIDATE_KEY },
    });
    await fresh.arrayBuffer();
  }
  const res = await fetch(base + key, { redirect: "manual", headers: internal });
  const body = Buffer.from(await res.arrayBuffer());
  // Only a label page that shows a verified label is kept: 404s, redirects and a failed integrity check are
  // rendered (and verified) by Next on every request, as before.
  if (!isCacheableLabelPage(res.status, body.toString("utf8"))) return null;
  return toCached({ status: 200, headers: cachedHeaders(res.headers), body });
}

const cache = new PublicPageCache(renderThroughNext, { refreshMs: 60_000, maxEntries: 20_000 });
let cacheOn = false;

/**
 * A cached answer. Its headers, the request id included, go to writeHead as one flat array: a header set before
 * with setHeader would send Node down its slow path (every cached header removed, re-validated and appended to the
 * response's header map, then serialised from there).
 */
function send(req: http.IncomingMessage, res: http.ServerResponse, hit: TCached, reqId: string): void {
  const gzip = hit.gzipped && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
  res.writeHead(hit.status, withRequestId(gzip ? hit.gzippedFlat! : hit.plainFlat, reqId));
  res.end(req.method === "HEAD" ? undefined : gzip ? hit.gzip : hit.body);
}

async function main(): Promise<void> {
  await app.prepare();
  const databaseUrl = env().DATABASE_URL;
  if (databaseUrl) {
    listenForLabelEvents(databaseUrl, {
      ready: () => {
        cache.clear();
        cacheOn = true;
      },
      lost: () => {
        cacheOn = false;
        cache.clear();
      },
    });
  } else {
    cacheOn = true; // PGlite notifies in-process (lib/db/connect.ts)
  }
  onPublicLabelChanged((code) => {
    cache.invalidate(code).catch((err: unknown) => logError(`serve.invalidate ${code}`, err));
  });

  const trustProxy = env().TRUST_PROXY;
  const server = http.createServer((req, res) => {
    const reqId = requestIdFor(req.headers[REQUEST_ID_HEADER], trustProxy);
    if (cacheOn && req.headers[RENDER_HEADER] === undefined) {
      const landing = landingOf(req.method, req.url, req.headers);
      if (landing) {
        const hit = cache.get(landing.key, landing.code);
        if (hit) return send(req, res, hit, reqId);
        void cache.fill(landing.key, landing.code);
      }
    }
    req.headers[REQUEST_ID_HEADER] = reqId;
    res.setHeader("X-Request-Id", reqId);
    guardServerErrors(req, res, reqId);
    runWithRequest({ reqId }, () => {
      handle(req, res).catch((err: unknown) => {
        logError("serve.request", err);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(PORT, HOSTNAME, () =>
    logInfo("serve.listening", { port: PORT, hostname: HOSTNAME ?? "*", revalidateKey: !!REVALIDATE_KEY }),
  );
  const shutdown = () => server.close(() => process.exit(0));
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
