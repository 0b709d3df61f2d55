// `npm run audit:verify [-- --expect <seq>:<hash>]`: walks the audit chain of the configured database and names the
// first break. --expect is a head noted earlier (the admin page shows it): it must still be in the chain, which
// catches the removal of the newest events. Exit 0 = intact, 1 = broken, 2 = usage or database error.
// On the embedded database, stop the app first (PGlite is single-process).
import { withDb } from "@/lib/cli/prepare-db";
import { verifyAuditChain } from "@/lib/db/audit-chain";

function parseArgs(argv: string[]): { expectHead?: { seq: number; hash: string } } | null {
  if (argv.length === 0) return {};
  const [flag, value] = argv;
  const m = flag === "--expect" && value ? /^(\d{1,15}):([0-9a-f]{64})$/.exec(value) : null;
  return m ? { expectHead: { seq: Number(m[1]), hash: m[2]! } } : null;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error("usage: npm run audit:verify [-- --expect <seq>:<64 hex hash>]");
    return 2;
  }
  return withDb(async (db) => {
    const r = await verifyAuditChain(db.prisma, args);
    const head = r.head
      ? `head ${r.head.seq} ${r.head.hash ?? "(no hash)"} at ${r.head.createdAt.toISOString()}`
      : "empty";
    if (r.ok) {
      console.log(
        `OK: the audit chain verifies: ${r.events} event(s)${r.legacy ? `, ${r.legacy} from before the chain (sealed)` : ""}; ${head}`,
      );
      return 0;
    }
    console.log(`BROKEN at event ${r.firstBreak?.seq}: ${r.firstBreak?.reason}`);
    console.log(`(${r.events} event(s) checked before the break; ${head})`);
    return 1;
  });
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  });
