import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import type { ActionResult, GuardedAction } from "@/lib/auth/action";
import { failure } from "@/lib/auth/guarded";
import type { SessionUser } from "@/lib/db/accounts";
import { requestLocale } from "@/lib/i18n/request-locale";

/**
 * Runs a guarded action for the caller of the current request, answering in the request's language (the user's
 * setting, else the language cookie, else Accept-Language: what the page around the form was shown in). Loading the
 * session reads the database: when that fails (an outage), the caller gets the same typed result as any other
 * failure (UNAVAILABLE), not a thrown 500.
 */
export async function invoke<S extends z.ZodType, T>(
  action: GuardedAction<S, T>,
  raw: unknown,
): Promise<ActionResult<T>> {
  let user: SessionUser | null;
  try {
    user = await getSessionUser();
  } catch (err) {
    return failure(err, await requestLocale(null));
  }
  return action.run(user, raw, await requestLocale(user));
}
