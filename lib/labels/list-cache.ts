// The public list API's response cache (GET /api/public/labels): a page of 100 labels means reading 100 signed
// snapshots (~80 KB each), verifying them and serialising ~100 records, so each page's JSON is built
// once and kept in memory. Any committed label event clears it (lib/serve/bus.ts, the same notification the
// landing cache hears), and an entry is rebuilt after a minute at the latest, so the integrity check on serve and
// the clock-driven expiry show as soon as they would through a CDN's s-maxage=60.
import { onPublicLabelChanged } from "@/lib/serve/bus";

export type TListBody = { json: Buffer };

const TTL_MS = 60_000;
const MAX_ENTRIES = 500;

type TEntry = { at: number; body: Promise<TListBody> };
const g = globalThis as unknown as { cyberlabelListCache?: { entries: Map<string, TEntry>; epoch: number } };

function state() {
  if (!g.cyberlabelListCache) {
    const s = { entries: new Map<string, TEntry>(), epoch: 0 };
    g.cyberlabelListCache = s;
    onPublicLabelChanged(() => {
      s.epoch++;
      s.entries.clear();
    });
  }
  return g.cyberlabelListCache;
}

/** The cached page for `key`, built by `build` when absent or older than a minute (concurrent callers share it). */
export function cachedListPage(key: string, build: () => Promise<unknown>): Promise<TListBody> {
  const s = state();
  const hit = s.entries.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.body;
  const epoch = s.epoch;
  const body = build().then((value) => {
    return { json: Buffer.from(JSON.stringify(value)) };
  });
  if (s.entries.size >= MAX_ENTRIES) s.entries.delete(s.entries.keys().next().value!);
  const entry = { at: Date.now(), body };
  s.entries.set(key, entry);
  // A failed build or one overtaken by a label event is not kept.
  body.then(
    () => {
      if (s.epoch !== epoch && s.entries.get(key) === entry) s.entries.delete(key);
    },
    () => {
      if (s.entries.get(key) === entry) s.entries.delete(key);
    },
  );
  return body;
}

/**
 * The response for a cached body. Compression is Next's (`compress`, on by default: gzip when the client asks):
 * a route handler's own Content-Encoding is dropped by Next, which would then compress the bytes a second time.
 */
export function listResponse(body: TListBody, headers: Record<string, string>): Response {
  return new Response(new Uint8Array(body.json), {
    headers: { ...headers, "Content-Type": "application/json" },
  });
}
