import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths are accepted as a destination after sign-in (no open redirect). */
function safeCallback(raw: string | string[] | undefined): string | undefined {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : undefined;
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const user = await getSessionUser();
  const callbackUrl = safeCallback(params.callbackUrl);
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
