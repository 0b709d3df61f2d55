// Called from instrumentation.ts when a Node.js server process starts: the log step every LOG_SIGN_INTERVAL_SECONDS.
import "server-only";
import { prisma } from "@/lib/db/client";
import { runLogStep } from "@/lib/db/translog-step";
import { env } from "@/lib/env";
import { logInfo } from "@/lib/log";
import { logSigningKeyPem } from "@/lib/secrets";
import { startLogScheduler } from "./scheduler";

export function startTransparencyLog(): void {
  const seconds = env().LOG_SIGN_INTERVAL_SECONDS;
  if (seconds === 0) {
    logInfo("translog.scheduler_off", {
      reason: "LOG_SIGN_INTERVAL_SECONDS=0: run `npm run log:sign` on a schedule",
    });
    return;
  }
  const logKeyPem = logSigningKeyPem();
  startLogScheduler({ intervalMs: seconds * 1000, step: () => runLogStep(prisma(), { logKeyPem }) });
}
