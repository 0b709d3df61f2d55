// `npm run log:monitor -- <base URL> [--state <file>] [--grace-seconds <n>]`: checks a Cyberlabel registry against
// its public transparency log (lib/translog/monitor.ts) and remembers the last tree head it verified in the state
// file (default ./cyberlabel-log-monitor.json), so the next run checks consistency with it. Run it from anywhere,
// e.g. every few minutes from cron; it needs only the public URL. Exit 0 = all agree, 1 = problems, 2 = usage or
// network error.
import { readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { runMonitor, ZMonitorState, type TMonitorState } from "@/lib/translog/monitor";

const USAGE = "usage: npm run log:monitor -- <base URL> [--state <file>] [--grace-seconds <n>]";

function parseArgs(argv: string[]): { url: string; stateFile: string; graceMs: number } | null {
  const [url, ...rest] = argv;
  if (!url || !/^https?:\/\//.test(url)) return null;
  let stateFile = "cyberlabel-log-monitor.json";
  let graceMs = 10 * 60_000;
  for (let i = 0; i < rest.length; i += 2) {
    const v = rest[i + 1];
    if (rest[i] === "--state" && v) stateFile = v;
    else if (rest[i] === "--grace-seconds" && v && /^\d{1,6}$/.test(v)) graceMs = Number(v) * 1000;
    else return null;
  }
  return { url: url.replace(/\/+$/, ""), stateFile, graceMs };
}

function readState(file: string, url: string): TMonitorState | null {
  if (!existsSync(file)) return null;
  const parsed = ZMonitorState.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file} is not a monitor state file; move it away to start afresh`);
  if (parsed.data.url !== url)
    throw new Error(`${file} belongs to ${parsed.data.url}; use --state for ${url}`);
  return parsed.data;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const fetchJson = async (path: string): Promise<unknown> => {
    const res = await fetch(`${args.url}${path}`, { headers: { Accept: "application/json" } });
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
    return res.json();
  };
  const report = await runMonitor({
    url: args.url,
    fetchJson,
    state: readState(args.stateFile, args.url),
    graceMs: args.graceMs,
  });
  for (const n of report.notes) console.log(n);
  for (const p of report.problems) console.log(`PROBLEM: ${p}`);
  if (report.state) {
    const tmp = `${args.stateFile}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(report.state, null, 2)}\n`);
    renameSync(tmp, args.stateFile);
  }
  console.log(
    report.ok ? "OK: the registry agrees with its public log." : `${report.problems.length} problem(s).`,
  );
  return report.ok ? 0 : 1;
}

main()
  .then((code) => process.exit(code))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(2);
  });
