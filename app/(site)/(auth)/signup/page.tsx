import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("metaTitle") };
}

export default async function SignUpPage() {
  const user = await getSessionUser();
  if (user) redirect(homeFor(user.role));
  const t = await getTranslations("auth.signUp");
  const page = (
    <div className="narrow stack">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <div className="card">
        <SignUpForm />
      </div>
      <p>
        {t("haveAccount")} <Link href="/signin">{t("signInLink")}</Link>
      </p>
    </div>
  );
  return <ClientMessages namespaces={["auth.signUp"]}>{page}</ClientMessages>;
}
