// `npm start` runs this first: checks the environment and the deployment secrets, applies migrations, then adds
// demo data to an empty database where that is allowed (embedded PGlite, or DEMO_DATA=1; see demoSeedAtStart).
// A bad environment, missing secrets or a database that cannot be reached end here with a clear message, not a
// stack trace.
import { runStartup } from "@/lib/cli/prepare-db";
import { env } from "@/lib/env";
import { deploymentSecretsProblem } from "@/lib/secrets";

async function main() {
  const problem = deploymentSecretsProblem(env());
  if (problem) throw new Error(problem);
  await runStartup();
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
