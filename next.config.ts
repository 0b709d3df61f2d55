import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { contentSecurityPolicy, STATIC_CSP_SOURCES } from "./lib/http/csp";

const isDev = process.env.NODE_ENV !== "production";

// Pages rendered per request get a nonce-based Content-Security-Policy from proxy.ts; the paths it leaves out (the
// cached public label pages, API routes, static files) get the static policy here. Both come from lib/http/csp.ts.
const staticCsp = contentSecurityPolicy({ dev: isDev });

const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  // Lets several builds of one checkout coexist (e.g. a benchmark build beside a dev build).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` runs `tsc` on the whole project before it builds; NEXT_SKIP_TYPECHECK=1 lets such a pipeline skip
  // the second, identical check inside `next build`.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  poweredByHeader: false,
  // Next would hash every cached page's full HTML on every request to make an ETag (about a tenth of the public
  // label page's serving time). Only static and ISR pages get one, and for those a 304 saves little: the label
  // page is cached by CDNs for 60 s (s-maxage) and usually opened once from a QR code. Files under public/ and
  // /_next/static keep their own validators.
  generateEtags: false,
  reactStrictMode: true,
  // Native and WASM packages are loaded by Node at run time rather than bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/schema-engine-wasm",
    "@node-rs/argon2",
    "pdfkit",
    "fontkit",
    "@resvg/resvg-js",
    "@expo-google-fonts/noto-sans-sc",
    "pg",
    // Read their schema files from their own folders at run time.
    "@cyclonedx/cyclonedx-library",
    "xmllint-wasm",
  ],
  // Public label pages are ISR: after a revocation a CDN may serve the old page for at most this long
  // (stale-while-revalidate), instead of Next's default of a year.
  expireTime: 360,
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
    // Keep ISR output in the bounded in-memory cache: 404s for random label codes must not fill the disk.
    isrFlushToDisk: false,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...STATIC_CSP_SOURCES.map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: staticCsp }],
      })),
    ];
  },
};

// next-intl reads its per-request configuration (language, messages, formats) from i18n/request.ts.
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
