// The app process's notification runner: the database client of lib/db/client.ts, SMTP from SMTP_URL.
import { prisma } from "@/lib/db/client";
import { env, mailFrom } from "@/lib/env";
import { createRunner, type TRunner } from "./runner";
import { smtpMailer } from "./sender";

const globalForRunner = globalThis as unknown as { cyberlabelNotify?: TRunner };

export function appNotifications(): TRunner {
  globalForRunner.cyberlabelNotify ??= createRunner({
    db: prisma,
    mailer: env().SMTP_URL ? smtpMailer(env().SMTP_URL!) : null,
    from: mailFrom(),
  });
  return globalForRunner.cyberlabelNotify;
}

/** Call after an action that wrote notifications committed: the mails go out in the background. */
export function afterNotifyingCommit(): void {
  try {
    appNotifications().kick();
  } catch {
    // Never fail the user's action: the scheduler delivers on its next tick.
  }
}

/** Started once per server process (instrumentation.ts) unless NOTIFY_SCHEDULER=0. */
export function startNotificationScheduler(): void {
  if (env().NOTIFY_SCHEDULER === false) return;
  appNotifications().start();
}
