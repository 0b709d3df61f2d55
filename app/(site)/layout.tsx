import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { ZhFontPreload } from "@/components/layout/zh-font-preload";
import { getSessionUser } from "@/lib/auth/session";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common.meta");
  return { title: { default: t("title"), template: "%s · Cyberlabel" }, description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Root layout of the signed-in application and the marketing pages, in the request's language (user setting >
 * cookie > browser, i18n/request.ts). The public label pages have their own root layout
 * (app/r/[code]/[lang]/layout.tsx) so that their <html lang> follows the language in their path.
 *
 * Its client components (the header's, the error boundary) get only their own messages; a page's client components
 * get theirs from a <ClientMessages> in the page (components/layout/client-messages.tsx), not all ~130 KB of them
 * in every response.
 */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [user, locale, t] = await Promise.all([getSessionUser(), getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body>
        <ZhFontPreload locale={locale} />
        <ClientMessages namespaces={["common.header", "errors"]}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <SiteHeader user={user} />
          <main id="main" className="container">
            {children}
          </main>
          <footer className="site-footer">{t("footer")}</footer>
        </ClientMessages>
      </body>
    </html>
  );
}
