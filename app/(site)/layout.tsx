import { SiteHeader } from "@/components/layout/site-header";
import { getSessionUser } from "@/lib/auth/session";

/** The signed-in application and the marketing pages share this shell; public label pages have their own. */
export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser();
  return (
    <>
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
    </>
  );
}
