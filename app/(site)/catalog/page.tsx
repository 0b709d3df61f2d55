import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { CURRENT_CATALOG_VERSION, listCatalogVersions } from "@/lib/schemes";
import { browseCatalog, browsedVersion } from "@/lib/schemes/browse";
import { changelogsUpTo } from "@/lib/schemes/changelogs";
import { localizeCatalog } from "@/lib/schemes/i18n";
import { CONDITION_WORDS_EN, CONDITION_WORDS_ZH } from "@/lib/schemes/print";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalog");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogPage({ searchParams }: TProps) {
  const [locale, t, params] = await Promise.all([getLocale(), getTranslations("catalog"), searchParams]);
  // The version asked for (?version=1.1.0; the current one by default), its texts in the reader's language
  // (lib/schemes/i18n); ids, filters and search are unchanged.
  const version = browsedVersion(params);
  const catalog = localizeCatalog(version, locale);
  const view = browseCatalog(catalog, params, {
    words: locale === "zh-CN" ? CONDITION_WORDS_ZH : CONDITION_WORDS_EN,
    always: t("always"),
  });
  return (
    <CatalogBrowser
      version={catalog.version}
      current={CURRENT_CATALOG_VERSION}
      versions={[...listCatalogVersions()].reverse()}
      publishedOn={catalog.publishedOn}
      view={view}
      changelogs={changelogsUpTo(catalog.version, locale)}
    />
  );
}
