// The one authorization-and-validation core behind every server action and route handler: it checks the session
// and the role, parses the input with zod, runs the use case and turns any failure into a typed, safe error.
// Ownership is not checked here: it lives in the data functions' `where` clauses.
import type { z } from "zod";
import { AppError, toAppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import type { SessionUser } from "@/lib/db/accounts";
import type { Role } from "@/lib/generated/prisma/enums";
import { logError, logSecurity } from "@/lib/log";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };

export type GuardSpec<S extends z.ZodType> = {
  /** Roles allowed to call. Public endpoints do not go through this guard. */
  roles: readonly Role[];
  input: S;
};

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

export function authorize(roles: readonly Role[], user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "Your role does not allow this.");
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error);
    const first = parsed.error.issues[0];
    const where = first && first.path.length ? `${first.path.join(".")}: ` : "";
    throw new AppError("VALIDATION", `Check the input. ${where}${first?.message ?? ""}`.trim(), {
      fieldErrors,
    });
  }
  return parsed.data;
}

export function failure(err: unknown): Extract<ActionResult<never>, { ok: false }> {
  const appErr = toAppError(err);
  if (appErr.code === "INTERNAL") logError("unexpected error in a guarded call", err);
  if (appErr.code === "UNAVAILABLE") logError("database unreachable", err);
  if (appErr.code === "UNAUTHENTICATED" || appErr.code === "FORBIDDEN")
    logSecurity("request refused", { code: appErr.code });
  return { ok: false, code: appErr.code, message: appErr.message, fieldErrors: appErr.fieldErrors };
}

/** Runs a use case for a caller. Never throws: the result says what went wrong. */
export async function runGuarded<S extends z.ZodType, T>(
  spec: GuardSpec<S>,
  user: SessionUser | null,
  raw: unknown,
  handler: (ctx: { user: SessionUser; input: z.infer<S> }) => Promise<T>,
): Promise<ActionResult<T>> {
  try {
    authorize(spec.roles, user);
    const input = parseInput(spec.input, raw);
    const data = await handler({ user, input });
    return { ok: true, data };
  } catch (err) {
    return failure(err);
  }
}
