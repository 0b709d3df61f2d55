import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { ROLE_LABEL } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/db/accounts";
import { NotificationsLink } from "@/components/layout/notifications-link";

const NAV: Record<SessionUser["role"], { href: string; label: string }[]> = {
  MANUFACTURER_MEMBER: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/products", label: "Products" },
  ],
  LAB_REVIEWER: [
    { href: "/review", label: "Review queue" },
    { href: "/review/dashboard", label: "Dashboard" },
  ],
  ADMIN: [
    { href: "/admin", label: "Administration" },
    { href: "/review/assignments", label: "Assignments" },
    { href: "/admin/outbox", label: "Outbox" },
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

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand">
          <LogoMark />
          Cyberlabel
        </Link>
        <nav className="site-nav" aria-label="Main">
          {(user ? NAV[user.role] : []).map((item) => (
            <Link key={item.href} href={item.href}>
              {item.label}
            </Link>
          ))}
          <Link href="/catalog">Criteria catalog</Link>
        </nav>
        <div className="site-user">
          {user ? (
            <>
              <span>
                {user.name} · {ROLE_LABEL[user.role]}, {user.organizationName}
              </span>
              {NOTIFIED.has(user.role) ? <NotificationsLink userId={user.id} /> : null}
              <Link href="/account">Account</Link>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/signin">Sign in</Link>
              <Link href="/signup" className="btn btn-secondary">
                Create account
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
