// Server actions are declared as guarded use cases (`guardedAction`) in lib/actions/*, and exposed from thin
// 'use server' files with `invoke`, which supplies the session. Declaring them as data lets a test enumerate every
// action and prove that each refuses anonymous callers and the wrong roles.
import type { z } from "zod";
import { runGuarded, type ActionResult, type GuardSpec } from "@/lib/auth/guarded";
import type { SessionUser } from "@/lib/db/accounts";
import type { TLocale } from "@/lib/i18n/locales";

export type { ActionResult };

export type GuardedAction<S extends z.ZodType, T> = {
  spec: GuardSpec<S>;
  /** `locale`: the language of the answer (default: the user's setting, English without one). */
  run: (user: SessionUser | null, raw: unknown, locale?: TLocale) => Promise<ActionResult<T>>;
};

export function guardedAction<S extends z.ZodType, T>(
  spec: GuardSpec<S>,
  handler: (ctx: { user: SessionUser; input: z.infer<S> }) => Promise<T>,
): GuardedAction<S, T> {
  return { spec, run: (user, raw, locale) => runGuarded(spec, user, raw, handler, locale) };
}
