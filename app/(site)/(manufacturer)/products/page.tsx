import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { latestLabelsOfProducts } from "@/lib/db/manufacturer-labels";
import { listProducts } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import { ProductCard } from "@/components/products/product-card";

export const metadata = { title: "Products" };

export default async function ProductsPage() {
  const user = await requirePageUser(MANUFACTURER, "/products");
  const db = prisma();
  const products = await listProducts(db, user);
  const labels = await latestLabelsOfProducts(
    db,
    user,
    products.map((p) => p.id),
  );
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1 style={{ margin: 0 }}>Products</h1>
        <Link href="/products/new" className="btn">
          Add a product
        </Link>
      </div>
      {products.length === 0 ? (
        <div className="card">
          <p>No products yet. Add one to start a self-assessment.</p>
        </div>
      ) : (
        <ul className="grid" aria-label="Products" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {products.map((p) => (
            <ProductCard key={p.id} product={p} label={labels.get(p.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}
