import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { listProducts } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import { categoryLabel } from "@/lib/products/schema";

export const metadata = { title: "Dashboard" };

export default async function Dashboard() {
  const user = await requirePageUser(MANUFACTURER, "/dashboard");
  const products = await listProducts(prisma(), user);
  return (
    <div className="stack">
      <h1>{user.organizationName}</h1>
      <p className="muted">Your products and where each stands.</p>
      {products.length === 0 ? (
        <div className="card">
          <p>No products yet.</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="muted small" style={{ textAlign: "left", padding: "0.4rem 0" }}>
              {products.length} product{products.length === 1 ? "" : "s"}
            </caption>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col">Category</th>
                <th scope="col">Firmware</th>
                <th scope="col">Support until</th>
              </tr>
            </thead>
            <tbody>
              {products.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/products/${p.id}`}>{p.modelName}</Link>
                  </td>
                  <td>{categoryLabel(p.category)}</td>
                  <td>{p.firmwareVersion}</td>
                  <td>{p.supportPeriodEnd.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
