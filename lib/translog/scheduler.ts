// The in-process scheduler of the log step (lib/db/translog-step.ts): started once per server process by
// instrumentation.ts. Every instance may run one; the step's advisory try-lock lets exactly one of them work in a
// given round, so several instances sharing a database sign one tree head per round between them.
import { logError } from "@/lib/log";

export type TScheduler = { stop: () => void };

const globalForScheduler = globalThis as unknown as { cyberlabelLogScheduler?: TScheduler };

/**
 * Runs `step` after `firstDelayMs`, then every `intervalMs`; a round that is still running when the next is due is
 * skipped, never overlapped. Errors are logged and the next round tries again. Idempotent per process.
 */
export function startLogScheduler(opts: {
  intervalMs: number;
  firstDelayMs?: number;
  step: () => Promise<unknown>;
}): TScheduler {
  if (globalForScheduler.cyberlabelLogScheduler) return globalForScheduler.cyberlabelLogScheduler;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await opts.step();
    } catch (err) {
      logError("translog.step_failed", err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), opts.firstDelayMs ?? 2_000);
  const every = setInterval(() => void tick(), opts.intervalMs);
  // The scheduler never keeps a process alive on its own.
  first.unref();
  every.unref();
  const scheduler = {
    stop: () => {
      clearTimeout(first);
      clearInterval(every);
      delete globalForScheduler.cyberlabelLogScheduler;
    },
  };
  globalForScheduler.cyberlabelLogScheduler = scheduler;
  return scheduler;
}
