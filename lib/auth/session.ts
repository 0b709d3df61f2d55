import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { homeFor } from "@/lib/auth/roles";
import { type SessionUser } from "@/lib/db/accounts";
import { loadActiveSessionUser } from "@/lib/auth/sessions";
import { prisma } from "@/lib/db/client";
import { logSecurity } from "@/lib/log";
import type { Role } from "@/lib/generated/prisma/enums";

/** The JWT's user and server-side session ids, once per request; null when there is no session cookie. */
export const getSessionIds = cache(async (): Promise<{ userId: string; sessionId: string } | null> => {
  const session = await getServerSession(authOptions());
  const u = session?.user as { id?: string; sid?: string } | undefined;
  return u?.id && u.sid ? { userId: u.id, sessionId: u.sid } : null;
});

/**
 * The signed-in user with role and organisation, loaded once per request; null when signed out, when the server-side
 * session was ended (sign-out, password change, admin) or expired, or when the account is disabled. A JWT without a
 * session id (issued before sessions were revocable) counts as signed out.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const ids = await getSessionIds();
  if (!ids) return null;
  return loadActiveSessionUser(prisma(), ids.userId, ids.sessionId);
});

/**
 * For pages and layouts: sends anonymous visitors to sign in and other roles to their own area.
 * A convenience for navigation; the security boundary is the guarded action/route and the data functions.
 */
export async function requirePageUser(roles: readonly Role[], from: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(from)}`);
  if (!roles.includes(user.role)) {
    logSecurity("page refused", { userId: user.id, role: user.role, path: from });
    redirect(`/forbidden?from=${encodeURIComponent(from)}&home=${encodeURIComponent(homeFor(user.role))}`);
  }
  return user;
}
