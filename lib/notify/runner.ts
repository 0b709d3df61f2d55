// Runs the notification work: delivering the outbox (soon after each event, and periodically for retries) and the
// expiry reminders. One runner per process; the app's is in lib/notify/app.ts, the CLI builds its own.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logError } from "@/lib/log";
import { remindExpiringLabels } from "./reminders";
import { deliverPending, type TDeliveryReport, type TMailer } from "./sender";

export type TRunnerDeps = {
  db: () => PrismaClient;
  /** null: no SMTP server configured; mails stay in the outbox. */
  mailer: TMailer | null;
  from: string;
  deliverEveryMs?: number;
  remindEveryMs?: number;
};

export type TRunner = {
  /** After a commit: deliver soon, in the background. Never throws, never waits. */
  kick: () => void;
  /** Delivers everything due now (batch after batch); resolves with what happened. */
  deliverNow: () => Promise<TDeliveryReport>;
  remindNow: (now?: Date) => Promise<number>;
  start: () => void;
  stop: () => void;
};

export function createRunner(deps: TRunnerDeps): TRunner {
  let running: Promise<TDeliveryReport> | null = null;
  let again = false;
  const timers: ReturnType<typeof setInterval>[] = [];

  async function drain(): Promise<TDeliveryReport> {
    const total: TDeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    if (!deps.mailer) return total;
    for (let round = 0; round < 20; round++) {
      const r = await deliverPending(deps.db(), deps.mailer, { from: deps.from });
      total.sent += r.sent;
      total.retrying += r.retrying;
      total.failed += r.failed;
      if (r.sent + r.retrying + r.failed === 0) break;
    }
    return total;
  }

  function deliverNow(): Promise<TDeliveryReport> {
    if (running) {
      again = true; // an event committed during this run: go once more when it ends
      return running;
    }
    running = drain()
      .catch((err: unknown) => {
        logError("mail delivery run failed", err);
        return { sent: 0, retrying: 0, failed: 0 };
      })
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void deliverNow();
        }
      });
    return running;
  }

  return {
    kick: () => {
      if (!deps.mailer) return;
      setImmediate(() => void deliverNow());
    },
    deliverNow,
    remindNow: (now) =>
      remindExpiringLabels(deps.db(), now).catch((err: unknown) => {
        logError("expiry reminders failed", err);
        return 0;
      }),
    start: () => {
      if (timers.length) return;
      const tick = () => void deliverNow();
      const remind = () =>
        void remindExpiringLabels(deps.db())
          .then((n) => (n > 0 ? deliverNow() : undefined))
          .catch((err: unknown) => logError("expiry reminders failed", err));
      const first = setTimeout(() => {
        tick();
        remind();
      }, 1_000);
      timers.push(
        first,
        setInterval(tick, deps.deliverEveryMs ?? 30_000),
        setInterval(remind, deps.remindEveryMs ?? 3_600_000),
      );
      // Timers never keep a process alive on their own (tests, CLI scripts).
      for (const t of timers) t.unref?.();
    },
    stop: () => {
      for (const t of timers.splice(0)) clearInterval(t);
    },
  };
}
