import type { Metadata } from "next";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { getCatalog } from "@/lib/schemes";
import { browseCatalog } from "@/lib/schemes/browse";

export const metadata: Metadata = {
  title: "Criteria catalog",
  description:
    "EU RED (EN 18031), US Cyber Trust Mark (NIST IR 8425) and China 1–3 star criteria, with crosswalk and downloads.",
};

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CatalogPage({ searchParams }: TProps) {
  const catalog = getCatalog();
  const view = browseCatalog(catalog, await searchParams);
  return (
    <CatalogBrowser
      version={catalog.version}
      publishedOn={catalog.publishedOn}
      view={view}
      changelog={catalog.changelog}
    />
  );
}
