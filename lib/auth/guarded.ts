// The one authorization-and-validation core behind every server action and route handler: it checks the session
// and the role, parses the input with zod, runs the use case and turns any failure into a typed, safe error.
// Ownership is not checked here: it lives in the data functions' `where` clauses.
import type { z } from "zod";
import { AppError, toAppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import type { SessionUser } from "@/lib/db/accounts";
import type { Role } from "@/lib/generated/prisma/enums";
import { logError, logSecurity } from "@/lib/log";
import { emsg, errorText, localizeErrorMessage } from "@/lib/i18n/errors";
import { isLocale, type TLocale } from "@/lib/i18n/locales";
import { localizeMessage, zodErrorMap } from "@/lib/i18n/zod";

export type ActionResult<T> =
  { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };

export type GuardSpec<S extends z.ZodType> = {
  /** Roles allowed to call. Public endpoints do not go through this guard. */
  roles: readonly Role[];
  input: S;
};

/** Each field's messages, in `locale` (zod issues a schema gave no message of its own are already in it). */
export function zodFieldErrors(error: z.ZodError, locale: TLocale = "en"): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (out[key] ??= []).push(localizeMessage(issue.message, locale));
  }
  return out;
}

export function authorize(roles: readonly Role[], user: SessionUser | null): asserts user is SessionUser {
  if (!user) throw new AppError("UNAUTHENTICATED", emsg("signIn"));
  if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", emsg("role"));
}

/** The caller's language: the user's setting; English for anonymous callers unless their request's is passed. */
export function callerLocale(user: { locale?: string | null } | null | undefined): TLocale {
  return isLocale(user?.locale) ? user.locale : "en";
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, locale: TLocale = "en"): z.infer<S> {
  const parsed = schema.safeParse(raw, { error: zodErrorMap(locale) });
  if (!parsed.success) {
    const fieldErrors = zodFieldErrors(parsed.error, locale);
    const first = parsed.error.issues[0];
    const where = first && first.path.length ? `${first.path.join(".")}: ` : "";
    const detail = `${where}${first ? localizeMessage(first.message, locale) : ""}`;
    throw new AppError("VALIDATION", errorText(locale, "checkInput", { detail }).trim(), {
      fieldErrors,
    });
  }
  return parsed.data;
}

/** A failure as the caller reads it, in `locale` where its message was written from a key. */
export function failure(err: unknown, locale: TLocale = "en"): Extract<ActionResult<never>, { ok: false }> {
  const appErr = toAppError(err);
  if (appErr.code === "INTERNAL") logError("unexpected error in a guarded call", err);
  if (appErr.code === "UNAVAILABLE") logError("database unreachable", err);
  if (appErr.code === "UNAUTHENTICATED" || appErr.code === "FORBIDDEN")
    logSecurity("request refused", { code: appErr.code });
  return {
    ok: false,
    code: appErr.code,
    message: localizeErrorMessage(appErr.message, locale),
    fieldErrors:
      appErr.fieldErrors && locale !== "en"
        ? Object.fromEntries(
            Object.entries(appErr.fieldErrors).map(([k, v]) => [
              k,
              v.map((m) => localizeErrorMessage(m, locale)),
            ]),
          )
        : appErr.fieldErrors,
  };
}

/**
 * Runs a use case for a caller. Never throws: the result says what went wrong, in `locale` (invoke passes the
 * request's language: the user's setting, else the cookie, else Accept-Language; without it the user's setting).
 */
export async function runGuarded<S extends z.ZodType, T>(
  spec: GuardSpec<S>,
  user: SessionUser | null,
  raw: unknown,
  handler: (ctx: { user: SessionUser; input: z.infer<S> }) => Promise<T>,
  locale: TLocale = callerLocale(user),
): Promise<ActionResult<T>> {
  try {
    authorize(spec.roles, user);
    const input = parseInput(spec.input, raw, locale);
    const data = await handler({ user, input });
    return { ok: true, data };
  } catch (err) {
    return failure(err, locale);
  }
}
