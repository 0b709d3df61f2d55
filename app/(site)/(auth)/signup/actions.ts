"use server";

import { failure, parseInput, type ActionResult } from "@/lib/auth/guarded";
import { ZSignUp } from "@/lib/auth/schemas";
import { signUpManufacturer } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";

/** Public: anyone may create a manufacturer account. */
export async function signUpAction(raw: unknown): Promise<ActionResult<{ email: string }>> {
  try {
    const input = parseInput(ZSignUp, raw);
    const user = await signUpManufacturer(prisma(), input);
    return { ok: true, data: { email: user.email } };
  } catch (err) {
    return failure(err);
  }
}
