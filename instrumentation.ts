// Next.js calls register() once when a server process starts. The notification scheduler (mail delivery with
// retries, expiry reminders: lib/notify) runs in the Node.js server only. NEXT_RUNTIME is set by Next itself, not
// configuration, which is why this reads process.env directly (everything configurable goes through lib/env.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startNotificationScheduler } = await import("@/lib/notify/app");
  startNotificationScheduler();
}
