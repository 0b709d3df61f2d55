import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { CURRENT_CATALOG_VERSION } from "@/lib/schemes";
import { browseCatalog } from "@/lib/schemes/browse";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { CONDITION_WORDS_EN, CONDITION_WORDS_ZH } from "@/lib/schemes/print";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogPage({ searchParams }: TProps) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("catalog")]);
  // The catalog's own texts in the reader's language (lib/schemes/i18n); ids, filters and search are unchanged.
  const catalog = localizeCatalog(CURRENT_CATALOG_VERSION, locale);
  const view = browseCatalog(catalog, await searchParams, {
    words: locale === "zh-CN" ? CONDITION_WORDS_ZH : CONDITION_WORDS_EN,
    always: t("always"),
  });
  return (
    <CatalogBrowser
      version={catalog.version}
      publishedOn={catalog.publishedOn}
      view={view}
      changelog={catalog.changelog}
    />
  );
}
