// Expected errors carry a code and a message meant for the user; anything else is unexpected, logged with its
// cause, and shown as a generic message.
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

export const notFound = (what = "This item") => new AppError("NOT_FOUND", `${what} was not found.`);

type PrismaLikeError = { code?: unknown; meta?: unknown; name?: unknown };

/** Turns database constraint errors into meaningful codes; returns undefined for anything else. */
export function fromDatabaseError(err: unknown): AppError | undefined {
  if (typeof err !== "object" || err === null) return undefined;
  const code = (err as PrismaLikeError).code;
  if (code === "P2002") return new AppError("CONFLICT", "This already exists.", { cause: err });
  if (code === "P2025") return new AppError("NOT_FOUND", "This item was not found.", { cause: err });
  if (code === "P2034")
    return new AppError("STALE", "Someone else changed this at the same time. Reload and try again.", {
      cause: err,
    });
  return undefined;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const mapped = fromDatabaseError(err);
  if (mapped) return mapped;
  return new AppError("INTERNAL", "Something went wrong on our side. Please try again.", { cause: err });
}
