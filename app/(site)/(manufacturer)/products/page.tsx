import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { latestLabelsOfProducts } from "@/lib/db/manufacturer-labels";
import { listProducts } from "@/lib/db/products";
import { versionsOfProducts } from "@/lib/db/version-overview";
import { prisma } from "@/lib/db/client";
import { PRODUCT_CATEGORIES } from "@/lib/products/schema";
import { LABEL_FILTERS, matchesProductFilter, parseProductFilter } from "@/lib/versions/product-filter";
import { ProductCard } from "@/components/products/product-card";

export async function generateMetadata() {
  return { title: (await getTranslations("products.list"))("title") };
}

export default async function ProductsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(MANUFACTURER, "/products");
  const filter = parseProductFilter(await searchParams);
  const db = prisma();
  const t = await getTranslations("products");
  const all = await listProducts(db, user);
  const ids = all.map((p) => p.id);
  const [labels, versions] = await Promise.all([
    latestLabelsOfProducts(db, user, ids),
    versionsOfProducts(db, user, ids),
  ]);
  const products = all.filter((p) => {
    const v = versions.get(p.id) ?? { versions: [], models: [] };
    return matchesProductFilter({ ...p, models: v.models, versions: v.versions }, filter);
  });
  const filtered = filter.q !== "" || filter.label !== "any" || filter.category !== "";
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1 style={{ margin: 0 }}>{t("list.title")}</h1>
        <Link href="/products/new" className="btn">
          {t("list.add")}
        </Link>
      </div>
      {all.length > 0 ? (
        <form
          method="get"
          role="search"
          aria-label={t("list.search")}
          className="row card"
          style={{ gap: "0.5rem", alignItems: "flex-end" }}
        >
          <label className="field" style={{ margin: 0, flex: "2 1 200px" }}>
            <span className="small">{t("list.searchLabel")}</span>
            <input type="search" name="q" defaultValue={filter.q} maxLength={120} />
          </label>
          <label className="field" style={{ margin: 0, flex: "1 1 180px" }}>
            <span className="small">{t("list.label")}</span>
            <select name="label" defaultValue={filter.label}>
              {(Object.keys(LABEL_FILTERS) as (keyof typeof LABEL_FILTERS)[]).map((k) => (
                <option key={k} value={k}>
                  {t(`labelFilters.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field" style={{ margin: 0, flex: "1 1 180px" }}>
            <span className="small">{t("list.category")}</span>
            <select name="category" defaultValue={filter.category}>
              <option value="">{t("list.anyCategory")}</option>
              {PRODUCT_CATEGORIES.map((c) => (
                <option key={c.id} value={c.id}>
                  {t(`categories.${c.id}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-secondary">
            {t("list.filter")}
          </button>
          {filtered ? <Link href="/products">{t("list.clear")}</Link> : null}
        </form>
      ) : null}
      {all.length === 0 ? (
        <div className="card">
          <p>{t("list.empty")}</p>
        </div>
      ) : products.length === 0 ? (
        <div className="card">
          <p>{t("list.noMatch")}</p>
        </div>
      ) : (
        <>
          {filtered ? (
            <p className="muted small" style={{ margin: 0 }} role="status">
              {t("list.count", { shown: products.length, total: all.length })}
            </p>
          ) : null}
          <ul
            className="grid"
            aria-label={t("list.listLabel")}
            style={{ listStyle: "none", padding: 0, margin: 0 }}
          >
            {products.map((p) => (
              <ProductCard key={p.id} product={p} label={labels.get(p.id)} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
