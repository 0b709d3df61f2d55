import type { Metadata, Viewport } from "next";
import { setRequestLocale } from "next-intl/server";
import { ZhFontPreload } from "@/components/layout/zh-font-preload";
import { isLang, publicT } from "@/lib/i18n/public-label";
import "../../../globals.css";
import "./public-label.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

type TParams = { params: Promise<{ code: string; lang: string }> };

/** The title of pages that set none (the 404 of an unknown code); a label page sets its own. */
export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { lang } = await params;
  return { title: publicT(isLang(lang) ? lang : "en")("brand") };
}

/**
 * Root layout of the public label pages (/r/<code>/<lang>/…): no app header or session, only what a consumer needs
 * after scanning. `<html lang>` is the page's language from its path ("en" or "zh-CN"), so screen readers, fonts
 * and translation tools treat the Chinese page as Chinese. It reads nothing but the route params, so every label
 * page stays a static ISR page (docs/public-label-caching.md); the per-request CSP nonce of proxy.ts is not
 * involved here (proxy.ts leaves /r/ out).
 */
export default async function PublicLabelLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ code: string; lang: string }>;
}) {
  const { lang } = await params;
  const locale = isLang(lang) ? lang : "en";
  // The language is the path's: next-intl then never reads the request's cookies or headers here.
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body>
        <ZhFontPreload locale={locale} />
        {children}
      </body>
    </html>
  );
}
