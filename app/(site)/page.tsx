import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { homeFor } from "@/lib/auth/roles";

const SCHEMES = ["eu", "us", "cn"] as const;
const STEPS = ["1", "2", "3", "4"] as const;

export default async function Home() {
  const user = await getSessionUser();
  const t = await getTranslations("site.home");
  return (
    <div className="stack">
      <section className="hero">
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <div className="row">
          {user ? (
            <Link className="btn" href={homeFor(user.role)}>
              {t("workspace")}
            </Link>
          ) : (
            <>
              <Link className="btn" href="/signup">
                {t("createAccount")}
              </Link>
              <Link className="btn btn-secondary" href="/signin">
                {t("signIn")}
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="schemes" className="stack">
        <h2 id="schemes">{t("schemesHeading")}</h2>
        <div className="grid scheme-cards">
          {SCHEMES.map((s) => (
            <div key={s} className="card">
              <h3>{t(`schemes.${s}.title`)}</h3>
              <p>{t(`schemes.${s}.body`)}</p>
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="how" className="stack">
        <h2 id="how">{t("howHeading")}</h2>
        <ol>
          {STEPS.map((n) => (
            <li key={n}>{t(`steps.${n}`)}</li>
          ))}
        </ol>
        <p>{t.rich("browse", { link: (chunks) => <Link href="/catalog">{chunks}</Link> })}</p>
      </section>
    </div>
  );
}
