// `npm run notify:run`: the scheduled notification step, once: expiry reminders (labels expiring within 60 days),
// then delivery of every mail due in the outbox (retries included). For deployments that run it from cron or a
// Kubernetes CronJob instead of the in-process scheduler (NOTIFY_SCHEDULER=0); see README, "Notifications".
//
// The embedded PGlite database belongs to ONE process: while the app runs on it, the app's own scheduler does
// this work, and a second process opening the same folder would damage it. Hence the refusal below.
import { env, mailFrom } from "@/lib/env";
import { openDb } from "@/lib/db/connect";
import { dbTargetFromEnv } from "@/lib/db/target";
import { createRunner } from "@/lib/notify/runner";
import { smtpMailer } from "@/lib/notify/sender";

async function main() {
  const e = env();
  if (!e.DATABASE_URL && !process.argv.includes("--embedded")) {
    throw new Error(
      "The embedded database is used by the running app, which sends notifications itself (NOTIFY_SCHEDULER). " +
        "Run this only against PostgreSQL (DATABASE_URL), or with --embedded while the app is stopped.",
    );
  }
  const db = openDb(dbTargetFromEnv(e), { poolMax: 2 });
  try {
    const runner = createRunner({
      db: () => db.prisma,
      mailer: e.SMTP_URL ? smtpMailer(e.SMTP_URL) : null,
      from: mailFrom(e),
    });
    const reminders = await runner.remindNow();
    const delivery = await runner.deliverNow();
    console.log(
      JSON.stringify({
        reminders,
        ...delivery,
        smtp: e.SMTP_URL ? "configured" : "none: mails stay in the outbox",
      }),
    );
  } finally {
    await db.close();
  }
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
