// next-auth configuration: e-mail + password, JWT sessions carrying only the user id. Role and organisation are
// loaded from the database on every request (lib/auth/session.ts), so changes take effect at once.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "@/lib/auth/rate-limit";
import { verifySignIn, isRateLimited } from "@/lib/auth/sign-in";
import { prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { authSecret } from "@/lib/secrets";
import { logError } from "@/lib/log";
import { safeRedirectPath } from "@/lib/http/redirect";

export const RATE_LIMITED_ERROR = "RateLimited";

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    useSecureCookies: env().PUBLIC_BASE_URL.startsWith("https://"),
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, req) {
          try {
            // next-auth v4 passes only body, query, headers and method: no socket address (see clientAddress).
            const ip = clientAddress(req?.headers, env().TRUST_PROXY);
            const id = await verifySignIn(prisma(), credentials, ip);
            return id ? { id } : null;
          } catch (err) {
            if (isRateLimited(err)) throw new Error(RATE_LIMITED_ERROR);
            logError("sign-in failed unexpectedly", err);
            throw new Error("SignInUnavailable");
          }
        },
      }),
    ],
    callbacks: {
      // next-auth's own redirects (sign-in/out with a callbackUrl) go through the same check as every other one.
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || "/" : url;
        return `${baseUrl}${safeRedirectPath(path, baseUrl) ?? "/"}`;
      },
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        // Only the id leaves the server in the session object; the rest is loaded per request.
        return { ...session, user: { id: token.sub ?? "" } } as typeof session;
      },
    },
  };
}
