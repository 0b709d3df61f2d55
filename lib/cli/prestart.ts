// `npm start` runs this first: migrations, then demo data when the database is empty.
// A database that cannot be reached ends here with one clear line, not a stack trace.
import { runSeed } from "@/lib/cli/prepare-db";

runSeed({ onlyIfEmpty: true })
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
