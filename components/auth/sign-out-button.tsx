"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("common.header");
  return (
    <button type="button" className="btn-link" onClick={() => void signOut({ callbackUrl: "/" })}>
      {t("signOut")}
    </button>
  );
}
