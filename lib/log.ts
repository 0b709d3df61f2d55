// Structured JSON logs (pino) on stderr, one object per line. Unexpected errors keep their cause here and never reach
// the client. Security events (failed or held-back sign-ins, refusals, session revocations) have their own level,
// `security` (45, between warn and error), so an operator can filter them. Passwords, secrets, cookies and tokens
// are redacted wherever they appear in the details. Every line written while a request is served carries its id
// (reqId, also sent as X-Request-Id and shown on error pages: lib/http/request-context.ts).
import pino from "pino";
import { env } from "@/lib/env";
import { currentRequestId } from "@/lib/http/request-context";

/** LOG_LEVEL from lib/env.ts; an environment that does not validate still gets logs (at info) to say so. */
function level(): string {
  try {
    return env().LOG_LEVEL;
  } catch {
    return "info";
  }
}

const REDACT = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "secret",
  "token",
  "deviceToken",
  "cookie",
  "authorization",
  "*.password",
  "*.passwordHash",
  "*.secret",
  "*.token",
  "*.cookie",
  "*.authorization",
];

/** Any key that names a credential, at any depth: password, newPassword, passwordHash, secret, token, cookie… */
const SECRET_KEY = /pass(word|phrase)?|secret|token|cookie|authorization|credential|private.?key|api.?key/i;

/** A copy of the details with every credential-named value replaced, however deep (the redact paths are fixed). */
function scrub(value: unknown, depth = 0): unknown {
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] = SECRET_KEY.test(k) ? "[redacted]" : scrub(v, depth + 1);
  return out;
}

let instance: pino.Logger<"security"> | undefined;

/** The logger's options; `createLogger` lets a test capture the lines in a stream of its own. */
export function loggerOptions(logLevel = level()): pino.LoggerOptions<"security"> {
  return {
    level: logLevel,
    customLevels: { security: 45 },
    base: { app: "cyberlabel" },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: "message",
    formatters: {
      level: (label) => ({ level: label }),
      log: (details) => scrub(details) as Record<string, unknown>,
    },
    redact: { paths: REDACT, censor: "[redacted]" },
    serializers: { err: pino.stdSerializers.err },
    // The request being served, on every line (a reqId in the details wins).
    mixin: () => {
      const reqId = currentRequestId();
      return reqId ? { reqId } : {};
    },
  };
}

export function createLogger(
  destination: pino.DestinationStream,
  logLevel?: string,
): pino.Logger<"security"> {
  return pino<"security">(loggerOptions(logLevel), destination);
}

/** For tests: route the app's log lines to `destination` (undefined: back to stderr). */
export function setLogDestination(destination: pino.DestinationStream | undefined, logLevel?: string): void {
  instance = destination ? createLogger(destination, logLevel) : undefined;
}

export function logger(): pino.Logger<"security"> {
  instance ??= pino<"security">(loggerOptions(), pino.destination({ dest: 2, sync: true }));
  return instance;
}

type Details = Record<string, unknown> & { reqId?: string };

export function logError(message: string, err?: unknown, details?: Details): void {
  logger().error(
    { ...details, err: err instanceof Error ? err : err === undefined ? undefined : { value: err } },
    message,
  );
}

export function logInfo(message: string, details?: Details): void {
  logger().info({ ...details }, message);
}

export function logWarn(message: string, details?: Details): void {
  logger().warn({ ...details }, message);
}

/** Authentication and authorization events: failed/held-back sign-ins, refusals, revoked sessions. */
export function logSecurity(message: string, details?: Details): void {
  logger().security({ ...details }, message);
}
