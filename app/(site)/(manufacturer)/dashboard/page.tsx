import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { latestLabelsOfProducts } from "@/lib/db/manufacturer-labels";
import { listProductsWithLatestAssessment } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import { DashboardProductCard } from "@/components/products/dashboard-product-card";
import { CraDeadlinesPanel } from "@/components/vulns/cra-deadlines";
import { EXPIRING_WITHIN_DAYS, versionsOfProducts } from "@/lib/db/version-overview";
import { labelPaths } from "@/lib/labels/public-urls";
import { isoDate } from "@/components/products/assessment-status";

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
  const versions = await versionsOfProducts(
    db,
    user,
    products.map((p) => p.id),
  );
  // Labels in force that expire within 90 days: renewal is a re-assessment of the same version.
  const expiring = products
    .flatMap((p) =>
      (versions.get(p.id)?.versions ?? []).flatMap((v) =>
        v.label && v.label.expiresInDays !== null ? [{ product: p, version: v, label: v.label }] : [],
      ),
    )
    .sort((a, b) => a.label.validUntil.getTime() - b.label.validUntil.getTime());
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
      {expiring.length ? (
        <section
          className="card stack"
          aria-labelledby="expiring-heading"
          data-testid="expiring-labels"
          style={{ gap: "0.4rem" }}
        >
          <h2 id="expiring-heading" style={{ margin: 0, fontSize: "1.1rem" }}>
            Labels expiring in the next {EXPIRING_WITHIN_DAYS} days
          </h2>
          <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {expiring.map((e) => (
              <li key={e.label.id}>
                <a href={labelPaths(e.label.publicCode).page}>{e.label.publicCode}</a> ·{" "}
                <Link href={`/products/${e.product.id}`}>{e.product.modelName}</Link> firmware{" "}
                {e.version.firmwareVersion}: expires {isoDate(e.label.validUntil)} (in {e.label.expiresInDays}{" "}
                {e.label.expiresInDays === 1 ? "day" : "days"}).{" "}
                <Link href={`/products/${e.product.id}/new-version`}>Renew</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
            <DashboardProductCard
              key={p.id}
              product={p}
              label={labels.get(p.id)}
              versions={versions.get(p.id)?.versions ?? []}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

const GRID = "repeat(auto-fill, minmax(min(100%, 320px), 1fr))";
