import type { NextConfig } from "next";

const isDev = process.env.NODE_ENV !== "production";

// The CSP the app satisfies: everything from our own origin. Inline scripts are allowed because Next.js streams
// its hydration data in inline <script> tags; a nonce would make every page dynamic and uncacheable, including
// the public label pages a CDN should serve. React escapes all rendered data, and no third-party origin is allowed.
// Dev mode additionally needs eval for React's debugging tools and a websocket for hot reload.
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src 'self'${isDev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'self'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
