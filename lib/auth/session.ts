import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { homeFor } from "@/lib/auth/roles";
import { loadSessionUser, type SessionUser } from "@/lib/db/accounts";
import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

/** The signed-in user with role and organisation, loaded once per request; null when signed out or disabled. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return loadSessionUser(prisma(), id);
});

/**
 * For pages and layouts: sends anonymous visitors to sign in and other roles to their own area.
 * A convenience for navigation; the security boundary is the guarded action/route and the data functions.
 */
export async function requirePageUser(roles: readonly Role[], from: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(from)}`);
  if (!roles.includes(user.role))
    redirect(`/forbidden?from=${encodeURIComponent(from)}&home=${encodeURIComponent(homeFor(user.role))}`);
  return user;
}
