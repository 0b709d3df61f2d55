// `npm run db:seed`: applies migrations and adds the demo organisations, users and products.
import { runSeed } from "@/lib/cli/prepare-db";

runSeed()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
