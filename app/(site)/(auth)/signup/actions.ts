"use server";

import { failure, parseInput, type ActionResult } from "@/lib/auth/guarded";
import { ZSignUp } from "@/lib/auth/schemas";
import { signUpManufacturer } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";
import { requestLocale } from "@/lib/i18n/request-locale";

/** Public: anyone may create a manufacturer account. */
export async function signUpAction(raw: unknown): Promise<ActionResult<{ email: string }>> {
  const locale = await requestLocale();
  try {
    const input = parseInput(ZSignUp, raw, locale);
    const user = await signUpManufacturer(prisma(), input, locale);
    return { ok: true, data: { email: user.email } };
  } catch (err) {
    return failure(err, locale);
  }
}
