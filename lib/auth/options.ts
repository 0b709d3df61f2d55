// next-auth configuration: e-mail + password, JWT sessions carrying the user id and the id of a server-side session
// (lib/auth/sessions.ts). Role and organisation are loaded from the database on every request (lib/auth/session.ts),
// and the session row is checked at the same time, so changes and revocations take effect at once.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, deviceTokenFromCookieHeader } from "@/lib/auth/device";
import { clientAddress } from "@/lib/auth/rate-limit";
import { revokeAuthSession, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/sessions";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/redirect";
import { authSecret } from "@/lib/secrets";
import { logError, logSecurity } from "@/lib/log";

export const RATE_LIMITED_ERROR = "RateLimited";

const header = (h: Record<string, unknown> | undefined, name: string) => {
  const v = h?.[name];
  return typeof v === "string" ? v : Array.isArray(v) ? v.map(String).join("; ") : undefined;
};

export function authOptions(): NextAuthOptions {
  const secure = env().PUBLIC_BASE_URL.startsWith("https://");
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin", error: "/signin" },
    useSecureCookies: secure,
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          let outcome: Awaited<ReturnType<typeof attemptSignIn>>;
          try {
            // next-auth v4 passes only body, query, headers and method: no socket address (see clientAddress).
            outcome = await attemptSignIn(prisma(), credentials, {
              ip: clientAddress(req?.headers, env().TRUST_PROXY),
              deviceToken: deviceTokenFromCookieHeader(header(req?.headers, "cookie")),
              secret: authSecret(),
              userAgent: header(req?.headers, "user-agent") ?? null,
            });
          } catch (err) {
            logError("sign-in failed unexpectedly", err);
            throw new Error("SignInUnavailable");
          }
          if (!outcome.ok) {
            if (outcome.reason === "rate_limited") {
              throw new Error(`${RATE_LIMITED_ERROR}:${outcome.retryAfterSeconds}`);
            }
            return null;
          }
          // The device cookie (lib/auth/device.ts) rides on next-auth's own response.
          (await cookies()).set(DEVICE_COOKIE, outcome.deviceToken, {
            httpOnly: true,
            sameSite: "lax",
            secure,
            path: "/",
            maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
          });
          return { id: outcome.userId, sid: outcome.sessionId };
        },
      }),
    ],
    events: {
      // Sign-out ends the server-side session: the cookie, even if copied, no longer signs anyone in.
      async signOut({ token }) {
        const sid = typeof token?.sid === "string" ? token.sid : undefined;
        if (!token?.sub || !sid) return;
        try {
          await revokeAuthSession(prisma(), token.sub, sid, "signed_out");
          logSecurity("session ended by sign-out", { userId: token.sub, sessionId: sid });
        } catch (err) {
          logError("could not end the session at sign-out", err);
        }
      },
    },
    callbacks: {
      // next-auth's own redirects (sign-in/out with a callbackUrl) go through the same check as every other one.
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeRedirectPath(path, baseUrl) ?? "/"}`;
      },
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sid = (user as { sid?: string }).sid;
        }
        return token;
      },
      session({ session, token }) {
        // Only the ids leave the server in the session object; the rest is loaded per request.
        return {
          ...session,
          user: { id: token.sub ?? "", sid: typeof token.sid === "string" ? token.sid : "" },
        } as typeof session;
      },
    },
  };
}
