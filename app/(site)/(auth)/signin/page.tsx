import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";
import { safeRedirectPath } from "@/lib/http/redirect";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const user = await getSessionUser();
  // Only same-origin paths are accepted as a destination after sign-in (no open redirect).
  const callbackUrl = safeRedirectPath(params.callbackUrl, env().PUBLIC_BASE_URL) ?? undefined;
  if (user) redirect(callbackUrl ?? homeFor(user.role));
  const error = Array.isArray(params.error) ? params.error[0] : params.error;
  return (
    <div className="narrow stack">
      <h1>Sign in</h1>
      <div className="card">
        <SignInForm callbackUrl={callbackUrl ?? "/after-sign-in"} initialError={error} />
      </div>
      <p>
        New manufacturer? <Link href="/signup">Create an account</Link>
      </p>
    </div>
  );
}
