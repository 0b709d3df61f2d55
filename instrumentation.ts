// Next.js calls register() once when a server process starts (next start / next dev), not during `next build`.
export async function register() {
  // The Edge runtime has no database driver; the log step runs in the Node.js server only, never while building.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startTransparencyLog } = await import("@/lib/translog/start");
  startTransparencyLog();
}
