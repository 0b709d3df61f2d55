// The QR landing path's in-memory cache (lib/cli/serve.ts): the bytes and headers Next rendered for
// /r/<code>/<lang> (and the 302 of /r/<code>), rendered once per label event and language, served without
// entering Next's pipeline. Entries are dropped and rendered again when a label event is committed (NOTIFY, see
// lib/serve/bus.ts) and refreshed in the background after `refreshMs` (the page's own ISR interval, so the
// integrity check on serve and the clock-driven expiry still show within a minute, as with Next alone).
import { gzipSync } from "node:zlib";

export type TRendered = {
  status: number;
  /** Header name (lower case) → value, as Next sent them, minus the per-connection ones. */
  headers: [string, string][];
  body: Buffer;
};

export type TCached = TRendered & {
  gzip: Buffer | null;
  /** The headers, identity and gzip. */
  plain: Record<string, string>;
  gzipped: Record<string, string> | null;
  /**
   * The same as flat [name, value, name, value…] arrays, what `res.writeHead` takes with the least work: Node
   * writes them as they are, where a header object is first copied into the response's own header map and
   * validated name by name (a third more requests/s for the 302, which is all headers).
   */
  plainFlat: string[];
  gzippedFlat: string[] | null;
  renderedAt: number;
};

/** Headers that describe one connection or one response, never copied into a cached response. */
const HOP_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
  "date",
  "x-nextjs-cache",
  // Per response (lib/cli/serve.ts sets it on every answer, cached or not).
  "x-request-id",
]);

export function cachedHeaders(headers: Iterable<[string, string]>): [string, string][] {
  const out: [string, string][] = [];
  for (const [k, v] of headers) if (!HOP_HEADERS.has(k.toLowerCase())) out.push([k.toLowerCase(), v]);
  return out;
}

function withVary(vary: string | undefined, name: string): string {
  if (!vary) return name;
  return vary
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .includes(name.toLowerCase())
    ? vary
    : `${vary}, ${name}`;
}

/** Next compresses responses over 1 KiB when asked (compress: true); the cache does the same, once per render. */
export function toCached(r: TRendered, now = Date.now()): TCached {
  const plain: Record<string, string> = Object.fromEntries(r.headers);
  const compressible = r.body.length >= 1024 && /^text\/|json|javascript/.test(plain["content-type"] ?? "");
  if (compressible) plain.vary = withVary(plain.vary, "Accept-Encoding");
  plain["content-length"] = String(r.body.length);
  const gzip = compressible ? gzipSync(r.body) : null;
  const gzipped = gzip
    ? { ...plain, "content-encoding": "gzip", "content-length": String(gzip.length) }
    : null;
  return {
    ...r,
    gzip,
    plain,
    gzipped,
    plainFlat: Object.entries(plain).flat(),
    gzippedFlat: gzipped ? Object.entries(gzipped).flat() : null,
    renderedAt: now,
  };
}

/** A cached response's flat headers plus this response's X-Request-Id (a new array; the cached one is shared). */
export function withRequestId(flat: readonly string[], reqId: string): string[] {
  const out = flat.slice();
  out.push("X-Request-Id", reqId);
  return out;
}

/**
 * Whether a rendered label page may be kept: a 200 showing a label whose integrity check passed. A 404, a redirect
 * or a label that fails its check (data-state="integrity_failed", app/r/[code]/_components/status-banner.tsx) is
 * rendered, and verified, by Next on every request instead.
 */
export function isCacheableLabelPage(status: number, html: string): boolean {
  return (
    status === 200 &&
    html.includes('data-testid="pl-status"') &&
    !html.includes('data-state="integrity_failed"')
  );
}

export type TRender = (key: string) => Promise<TCached | null>;

export class PublicPageCache {
  private readonly entries = new Map<string, TCached>();
  private readonly inflight = new Map<string, Promise<TCached | null>>();
  /** Which cache keys belong to which label code, for invalidation. */
  private readonly byCode = new Map<string, Set<string>>();
  private generation = new Map<string, number>();

  constructor(
    private readonly render: TRender,
    private readonly opts: { refreshMs: number; maxEntries: number; now?: () => number } = {
      refreshMs: 60_000,
      maxEntries: 20_000,
    },
  ) {}

  private now(): number {
    return this.opts.now?.() ?? Date.now();
  }

  /** The cached response, or undefined (the caller then lets Next answer and calls `fill`). */
  get(key: string, code: string): TCached | undefined {
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.renderedAt > this.opts.refreshMs) void this.fill(key, code);
    return hit;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Renders `key` once (concurrent callers share the render) and stores it if the renderer says it may be cached. */
  fill(key: string, code: string): Promise<TCached | null> {
    const running = this.inflight.get(key);
    if (running) return running;
    const gen = this.generation.get(code) ?? 0;
    const p = this.render(key)
      .then((r) => {
        // A label event committed while rendering: this render may predate it, so it is not stored.
        if ((this.generation.get(code) ?? 0) !== gen) return r;
        if (r) this.store(key, code, r);
        else this.drop(key, code);
        return r;
      })
      .catch(() => null)
      .finally(() => {
        if (this.inflight.get(key) === p) this.inflight.delete(key);
      });
    this.inflight.set(key, p);
    return p;
  }

  private store(key: string, code: string, r: TCached): void {
    if (!this.entries.has(key) && this.entries.size >= this.opts.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, r);
    let keys = this.byCode.get(code);
    if (!keys) this.byCode.set(code, (keys = new Set()));
    keys.add(key);
  }

  private drop(key: string, code: string): void {
    this.entries.delete(key);
    this.byCode.get(code)?.delete(key);
  }

  /** Forgets everything (the notification connection was lost: events may have been missed). */
  clear(): void {
    for (const code of this.byCode.keys()) this.generation.set(code, (this.generation.get(code) ?? 0) + 1);
    this.entries.clear();
    this.byCode.clear();
  }

  /**
   * A label event was committed: every cached response of the label is dropped at once (the next request goes to
   * Next, which renders and verifies the label afresh) and rendered again in the background.
   */
  async invalidate(code: string): Promise<void> {
    this.generation.set(code, (this.generation.get(code) ?? 0) + 1);
    const keys = [...(this.byCode.get(code) ?? [])];
    for (const k of keys) this.entries.delete(k);
    this.byCode.delete(code);
    await Promise.all(
      keys.map((k) => {
        this.inflight.delete(k);
        return this.fill(k, code);
      }),
    );
  }
}
