// `npm run db:migrate`: applies pending migrations to the configured database (PostgreSQL or the embedded PGlite).
import { runMigrations } from "@/lib/cli/prepare-db";

runMigrations()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
