import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { latestLabelsOfProducts } from "@/lib/db/manufacturer-labels";
import { listProductsWithLatestAssessment } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import { DashboardProductCard } from "@/components/products/dashboard-product-card";
import { CraDeadlinesPanel } from "@/components/vulns/cra-deadlines";

export const metadata = { title: "Dashboard" };

export default async function Dashboard() {
  const user = await requirePageUser(MANUFACTURER, "/dashboard");
  const db = prisma();
  const products = await listProductsWithLatestAssessment(db, user);
  const labels = await latestLabelsOfProducts(
    db,
    user,
    products.map((p) => p.id),
  );
  return (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>{user.organizationName}</h1>
          <p className="muted" style={{ margin: 0 }}>
            Your products and where each stands: its label, the latest assessment&apos;s status and results
            per scheme.
          </p>
        </div>
        <Link href="/products/new" className="btn">
          Add a product
        </Link>
      </div>
      <CraDeadlinesPanel user={user} />
      {products.length === 0 ? (
        <div className="card">
          <p>No products yet. Add your first product to start an assessment.</p>
        </div>
      ) : (
        <ul
          className="grid"
          aria-label="Products"
          style={{ listStyle: "none", padding: 0, margin: 0, gridTemplateColumns: GRID, alignItems: "start" }}
        >
          {products.map((p) => (
            <DashboardProductCard key={p.id} product={p} label={labels.get(p.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}

const GRID = "repeat(auto-fill, minmax(min(100%, 320px), 1fr))";
