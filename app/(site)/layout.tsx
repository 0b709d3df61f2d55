import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/layout/site-header";
import { getSessionUser } from "@/lib/auth/session";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Cyberlabel: cybersecurity labels for connected products", template: "%s · Cyberlabel" },
  description:
    "One questionnaire for EU RED (EN 18031), the US Cyber Trust Mark and China's cybersecurity label: results, lab review, signed labels and a public page behind every QR code.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Root layout of the signed-in application and the marketing pages (English). The public label pages have their
 * own root layout (app/r/[code]/[lang]/layout.tsx) so that their <html lang> follows the language in their path;
 * a root layout shared by both could only ever say one language.
 */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader user={user} />
        <main id="main" className="container">
          {children}
        </main>
        <footer className="site-footer">
          Cyberlabel shows a lab&apos;s assessment against published criteria. It is not an official
          authorisation by the EU, the FCC or China&apos;s regulators.
        </footer>
      </body>
    </html>
  );
}
