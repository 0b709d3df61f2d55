import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import type { ActionResult, GuardedAction } from "@/lib/auth/action";

/** Runs a guarded action for the caller of the current request. */
export async function invoke<S extends z.ZodType, T>(
  action: GuardedAction<S, T>,
  raw: unknown,
): Promise<ActionResult<T>> {
  return action.run(await getSessionUser(), raw);
}
