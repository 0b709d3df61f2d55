// Expected errors carry a code and a message meant for the user; anything else is unexpected, logged with its
// cause, and shown as a generic message. Messages written with `emsg` are shown in the caller's language.
import { emsg, type TErrorKey } from "@/lib/i18n/errors";
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  STALE: 409,
  INVALID_STATE: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  constructor(code: ErrorCode, message: string, options?: { fieldErrors?: FieldErrors; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A 404 whose message names what was not found ("This assessment was not found."), a key of appErrors.json. */
export const notFound = (what: TErrorKey = "notFound") => new AppError("NOT_FOUND", emsg(what));

type PrismaLikeError = { code?: unknown; meta?: unknown; name?: unknown };

// The database cannot be reached: Prisma's connection codes, PostgreSQL's shutdown/connection SQLSTATEs and the
// socket errors of the pg driver. The client gets 503 with Retry-After: nothing it sent was wrong, and nothing saved
// was lost.
const UNREACHABLE_CODES = new Set([
  "P1001",
  "P1002",
  "P1017",
  "P2024",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
]);

/** The driver adapter's own names for the same conditions (DriverAdapterError's cause.kind). */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);

/** Seconds a client should wait before retrying after a 503. */
export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnreachable(err: unknown, depth = 0): boolean {
  if (typeof err !== "object" || err === null || depth > 4) return false;
  const e = err as { code?: unknown; kind?: unknown; cause?: unknown; message?: unknown; errors?: unknown };
  if (typeof e.code === "string" && UNREACHABLE_CODES.has(e.code)) return true;
  if (typeof e.kind === "string" && UNREACHABLE_KINDS.has(e.kind)) return true;
  if (
    typeof e.message === "string" &&
    /Connection terminated|connect ECONNREFUSED|Can't reach database server/i.test(e.message)
  )
    return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnreachable(x, depth + 1))) return true;
  return isDatabaseUnreachable(e.cause, depth + 1);
}

/** Turns database constraint errors into meaningful codes; returns undefined for anything else. */
export function fromDatabaseError(err: unknown): AppError | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  if (isDatabaseUnreachable(err)) {
    return new AppError("UNAVAILABLE", emsg("unavailable"), { cause: err });
  }
  const code = (err as PrismaLikeError).code;
  if (code === "P2002") return new AppError("CONFLICT", emsg("exists"), { cause: err });
  if (code === "P2025") return new AppError("NOT_FOUND", emsg("notFound"), { cause: err });
  if (code === "P2034")
    return new AppError("STALE", emsg("stale"), {
      cause: err,
    });
  return undefined;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const mapped = fromDatabaseError(err);
  if (mapped) return mapped;
  return new AppError("INTERNAL", emsg("internal"), { cause: err });
}
