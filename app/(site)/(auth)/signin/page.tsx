import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";
import { safeRedirectPath } from "@/lib/http/redirect";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

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
  const t = await getTranslations("auth.signIn");
  const page = (
    <div className="narrow stack">
      <h1>{t("title")}</h1>
      <div className="card">
        <SignInForm callbackUrl={callbackUrl ?? "/after-sign-in"} initialError={error} />
      </div>
      <p>
        {t("newManufacturer")} <Link href="/signup">{t("createAccountLink")}</Link>
      </p>
    </div>
  );
  return <ClientMessages namespaces={["auth.signIn"]}>{page}</ClientMessages>;
}
