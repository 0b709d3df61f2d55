import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { latestLabelsOfProducts } from "@/lib/db/manufacturer-labels";
import { listProducts } from "@/lib/db/products";
import { versionsOfProducts } from "@/lib/db/version-overview";
import { prisma } from "@/lib/db/client";
import { PRODUCT_CATEGORIES } from "@/lib/products/schema";
import { LABEL_FILTERS, matchesProductFilter, parseProductFilter } from "@/lib/versions/product-filter";
import { ProductCard } from "@/components/products/product-card";

export const metadata = { title: "Products" };

export default async function ProductsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePageUser(MANUFACTURER, "/products");
  const filter = parseProductFilter(await searchParams);
  const db = prisma();
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
        <h1 style={{ margin: 0 }}>Products</h1>
        <Link href="/products/new" className="btn">
          Add a product
        </Link>
      </div>
      {all.length > 0 ? (
        <form
          method="get"
          role="search"
          aria-label="Search products"
          className="row card"
          style={{ gap: "0.5rem", alignItems: "flex-end" }}
        >
          <label className="field" style={{ margin: 0, flex: "2 1 200px" }}>
            <span className="small">Search model, SKU or version</span>
            <input type="search" name="q" defaultValue={filter.q} maxLength={120} />
          </label>
          <label className="field" style={{ margin: 0, flex: "1 1 180px" }}>
            <span className="small">Label</span>
            <select name="label" defaultValue={filter.label}>
              {Object.entries(LABEL_FILTERS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label className="field" style={{ margin: 0, flex: "1 1 180px" }}>
            <span className="small">Category</span>
            <select name="category" defaultValue={filter.category}>
              <option value="">Any category</option>
              {PRODUCT_CATEGORIES.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="btn btn-secondary">
            Filter
          </button>
          {filtered ? <Link href="/products">Clear</Link> : null}
        </form>
      ) : null}
      {all.length === 0 ? (
        <div className="card">
          <p>No products yet. Add one to start a self-assessment.</p>
        </div>
      ) : products.length === 0 ? (
        <div className="card">
          <p>No product matches these filters.</p>
        </div>
      ) : (
        <>
          {filtered ? (
            <p className="muted small" style={{ margin: 0 }} role="status">
              {products.length} of {all.length} products
            </p>
          ) : null}
          <ul className="grid" aria-label="Products" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {products.map((p) => (
              <ProductCard key={p.id} product={p} label={labels.get(p.id)} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
