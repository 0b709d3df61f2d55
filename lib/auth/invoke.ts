import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import type { ActionResult, GuardedAction } from "@/lib/auth/action";
import { failure } from "@/lib/auth/guarded";
import type { SessionUser } from "@/lib/db/accounts";

/**
 * Runs a guarded action for the caller of the current request. Loading the session reads the database: when that
 * fails (an outage), the caller gets the same typed result as any other failure (UNAVAILABLE), not a thrown 500.
 */
export async function invoke<S extends z.ZodType, T>(
  action: GuardedAction<S, T>,
  raw: unknown,
): Promise<ActionResult<T>> {
  let user: SessionUser | null;
  try {
    user = await getSessionUser();
  } catch (err) {
    return failure(err);
  }
  return action.run(user, raw);
}
