// Shared pieces of the HTTP benchmarks: a production build, the app started as `npm start` starts it
// (lib/cli/serve.ts in front of Next), autocannon rounds, nginx. Loopback only, every run bounded in time.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

export const ROOT = process.cwd();
export const DIST = ".next-bench";
/** Ports (loopback): BENCH_PORT for the app, BENCH_NGINX_PORT (default BENCH_PORT+1) for nginx. */
export const APP_PORT = Number(process.env.BENCH_PORT ?? 3290);
export const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? APP_PORT + 1);

let built = false;
/** `next build` into .next-bench once per run (BENCH_REUSE_BUILD=1 keeps an existing one); tsconfig.json restored. */
export function build(): void {
  if (built || (process.env.BENCH_REUSE_BUILD && existsSync(path.join(ROOT, DIST, "BUILD_ID")))) return;
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  try {
    execFileSync("npx", ["next", "build"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1", NEXT_SKIP_TYPECHECK: "1" },
    });
    built = true;
  } finally {
    writeFileSync(tsconfig, before);
  }
}

export async function waitFor(url: string, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

export function stop(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

/** The app as `npm start` runs it (after prestart): lib/cli/serve.ts through tsx, in production mode. */
export async function startApp(env: Record<string, string>): Promise<ChildProcess> {
  const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  const child = spawn(process.execPath, [tsx, "lib/cli/serve.ts"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(APP_PORT),
      HOSTNAME: "127.0.0.1",
      PUBLIC_BASE_URL: `http://127.0.0.1:${APP_PORT}`,
      NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`,
      LOG_LEVEL: "error",
      ...env,
    },
  });
  await waitFor(`http://127.0.0.1:${APP_PORT}/api/health`);
  return child;
}

export type TRound = { rps: number; p50: number; p95: number; p99: number; bad: number; timeouts: number };

export async function load(
  url: string,
  opts: { seconds: number; connections: number; headers?: Record<string, string>; timeout?: number },
): Promise<TRound> {
  const r = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: opts.headers,
    timeout: opts.timeout ?? 10,
  });
  const p95 = (r.latency as unknown as Record<string, number>).p97_5 ?? r.latency.p99;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p95,
    p99: r.latency.p99,
    bad: r.non2xx - (r.statusCodeStats?.["302"]?.count ?? 0) + r.errors,
    timeouts: r.timeouts,
  };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** nginx (Debian package) with its default worker count, serving `routes` from memory-mapped files / returns. */
export function nginxAvailable(): string | null {
  for (const p of ["/usr/sbin/nginx", "/usr/bin/nginx"]) if (existsSync(p)) return p;
  return null;
}

export async function startNginx(dir: string, locations: string): Promise<ChildProcess | null> {
  const bin = nginxAvailable();
  if (!bin) return null;
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    ${locations}
  }
}
`,
  );
  const child = spawn(bin, ["-c", conf, "-p", dir], { stdio: ["ignore", "ignore", "inherit"] });
  await new Promise((r) => setTimeout(r, 500));
  if (child.exitCode !== null) return null;
  return child;
}

/**
 * CPU time (ms) used so far by a process and its descendants (Linux /proc; null elsewhere). On a shared machine a
 * server's CPU time per request varies far less than its requests/s, which follow the scheduler.
 */
export function treeCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    let ms = ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
    for (const tid of readdirSync(`/proc/${pid}/task`))
      for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8")
        .split(" ")
        .filter(Boolean))
        ms += treeCpuMs(Number(child)) ?? 0;
    return ms;
  } catch {
    return null;
  }
}
