// `npm run log:sign`: one run of the log step (expiry events, then a signed tree head) for an external scheduler
// (cron, a Kubernetes CronJob) when the in-process one is off (LOG_SIGN_INTERVAL_SECONDS=0). Safe to run from
// several machines: only one signs at a time (advisory try-lock); the others print that they skipped.
// On the embedded database the app runs the step itself; stop the app before running this against its folder.
import { withDb } from "@/lib/cli/prepare-db";
import { runLogStep } from "@/lib/db/translog-step";
import { logSigningKeyPem } from "@/lib/secrets";

withDb(async (db) => {
  const r = await runLogStep(db.prisma, { logKeyPem: logSigningKeyPem() });
  const s = r.sign;
  console.log(
    s.signed
      ? `Signed tree head ${s.treeHead.treeSize} (${s.treeHead.rootHash}); ${r.expired} expiry event(s) logged.`
      : s.reason === "locked"
        ? "Another instance is running the log step right now: skipped."
        : `Tree head ${s.treeHead.treeSize} is current; ${r.expired} expiry event(s) logged.`,
  );
})
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
