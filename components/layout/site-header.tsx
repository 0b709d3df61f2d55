import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageSwitch } from "@/components/layout/language-switch";
import type { SessionUser } from "@/lib/db/accounts";
import { NotificationsLink } from "@/components/layout/notifications-link";

/** The product's name, the same in every language. */
const BRAND = "Cyberlabel";

type TNavKey = "dashboard" | "products" | "reviewQueue" | "administration" | "assignments" | "outbox";

const NAV: Record<SessionUser["role"], { href: string; label: TNavKey }[]> = {
  MANUFACTURER_MEMBER: [
    { href: "/dashboard", label: "dashboard" },
    { href: "/products", label: "products" },
  ],
  LAB_REVIEWER: [
    { href: "/review", label: "reviewQueue" },
    { href: "/review/dashboard", label: "dashboard" },
  ],
  ADMIN: [
    { href: "/admin", label: "administration" },
    { href: "/review/assignments", label: "assignments" },
    { href: "/admin/outbox", label: "outbox" },
  ],
};

/** Roles that receive notifications (administrators read the mail outbox instead). */
const NOTIFIED: ReadonlySet<SessionUser["role"]> = new Set(["MANUFACTURER_MEMBER", "LAB_REVIEWER"]);

export function LogoMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M12 2 3 6v6c0 5 3.8 9.3 9 10 5.2-.7 9-5 9-10V6l-9-4Z" fill="#0b5cad" />
      <path
        d="m8 12 3 3 5-6"
        stroke="#fff"
        strokeWidth="2.2"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export async function SiteHeader({ user }: { user: SessionUser | null }) {
  const t = await getTranslations("common");
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <LogoMark />
          {BRAND}
        </Link>
        <nav className="site-nav" aria-label={t("nav.main")}>
          {(user ? NAV[user.role] : []).map((item) => (
            <Link key={item.href} href={item.href}>
              {t(`nav.${item.label}`)}
            </Link>
          ))}
          <Link href="/catalog">{t("nav.catalog")}</Link>
        </nav>
        <div className="site-user">
          {user ? (
            <>
              <span>
                {t("header.userLine", {
                  name: user.name,
                  role: t(`roles.${user.role}`),
                  organization: user.organizationName,
                })}
              </span>
              {NOTIFIED.has(user.role) ? <NotificationsLink userId={user.id} /> : null}
              <Link href="/account">{t("nav.account")}</Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin">{t("header.signIn")}</Link>
              <Link href="/signup" className="btn btn-secondary">
                {t("header.createAccount")}
              </Link>
            </>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
