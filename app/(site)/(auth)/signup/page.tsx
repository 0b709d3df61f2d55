import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  const user = await getSessionUser();
  if (user) redirect(homeFor(user.role));
  return (
    <div className="narrow stack">
      <h1>Create a manufacturer account</h1>
      <p className="muted">
        Describe your products once and see EU RED, US Cyber Trust Mark and China label results side by side.
        Labs and reviewers get their accounts from an administrator.
      </p>
      <div className="card">
        <SignUpForm />
      </div>
      <p>
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </div>
  );
}
