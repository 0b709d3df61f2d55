import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { listProducts } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import { categoryLabel } from "@/lib/products/schema";

export const metadata = { title: "Products" };

export default async function ProductsPage() {
  const user = await requirePageUser(MANUFACTURER, "/products");
  const products = await listProducts(prisma(), user);
  return (
    <div className="stack">
      <h1>Products</h1>
      {products.length === 0 ? (
        <p className="card">No products yet.</p>
      ) : (
        <ul className="grid" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {products.map((p) => (
            <li key={p.id} className="card">
              <h2 style={{ marginTop: 0 }}>
                <Link href={`/products/${p.id}`}>{p.modelName}</Link>
              </h2>
              <p className="muted small">
                {categoryLabel(p.category)} · firmware {p.firmwareVersion}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
