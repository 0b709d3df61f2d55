// The Content-Security-Policy, in one place for next.config.ts (static pages) and proxy.ts (every other page).
//
// Pages rendered per request (everything signed-in, sign-in and sign-up, the start page, the catalog) get a fresh
// nonce from proxy.ts: Next puts it on its own inline and chunk scripts, and 'strict-dynamic' lets those load the
// rest, so an injected <script> without the nonce never runs. The public label pages are ISR pages served from a
// cache (and a CDN): the same HTML goes to everyone, so they cannot carry a per-request nonce and keep
// 'unsafe-inline' for Next's inline hydration scripts; React escapes all rendered data, they have no user input
// that is reflected, and they work without JavaScript.

export type TCspOptions = { nonce?: string; dev?: boolean };

/** A base64 nonce of 128 random bits. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy({ nonce, dev = false }: TCspOptions = {}): string {
  const eval_ = dev ? " 'unsafe-eval'" : ""; // React's dev tools need eval; never in production
  const scripts = nonce
    ? `'self' 'nonce-${nonce}' 'strict-dynamic'${eval_}`
    : `'self' 'unsafe-inline'${eval_}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'self'",
  ].join("; ");
}

/**
 * Paths that proxy.ts does not run for, so next.config.ts gives them the static policy. Keep in step with the
 * matcher in proxy.ts (which Next requires as a literal); e2e/security-headers.spec.ts checks that every kind of
 * response carries exactly one policy.
 */
export const STATIC_CSP_SOURCES = [
  "/r/:path*",
  "/api/:path*",
  "/_next/:path*",
  "/.well-known/:path*",
  "/:file(.*\\.[A-Za-z0-9]+)", // files: robots.txt, icon.svg, anything in public/
] as const;
