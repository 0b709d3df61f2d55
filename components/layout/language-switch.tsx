import { getLocale, getTranslations } from "next-intl/server";
import { switchLanguage } from "@/app/(site)/language/actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/** One button per language, each labelled in its own language; the current one is marked and disabled. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common.language")]);
  return (
    <form action={switchLanguage} className="lang-switch" aria-label={t("label")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          className="btn-link"
          aria-pressed={l === locale}
          disabled={l === locale}
          data-testid={`lang-${l}`}
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
    </form>
  );
}
