import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("products.dashboard"))("title") };
}

export default async function Dashboard() {
  const user = await requirePageUser(MANUFACTURER, "/dashboard");
  const db = prisma();
  const t = await getTranslations("products.dashboard");
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
  const page = (
    <div className="stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <div>
          <h1 style={{ marginBottom: "0.25rem" }}>{user.organizationName}</h1>
          <p className="muted" style={{ margin: 0 }}>
            {t("intro")}
          </p>
        </div>
        <Link href="/products/new" className="btn">
          {t("add")}
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
            {t("expiringHeading", { days: EXPIRING_WITHIN_DAYS })}
          </h2>
          <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {expiring.map((e) => (
              <li key={e.label.id}>
                <a href={labelPaths(e.label.publicCode).page}>{e.label.publicCode}</a> ·{" "}
                <Link href={`/products/${e.product.id}`}>{e.product.modelName}</Link>{" "}
                {t("expiringLine", {
                  version: e.version.firmwareVersion,
                  date: isoDate(e.label.validUntil),
                  days: e.label.expiresInDays ?? 0,
                })}{" "}
                <Link href={`/products/${e.product.id}/new-version`}>{t("renew")}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CraDeadlinesPanel user={user} />
      {products.length === 0 ? (
        <div className="card">
          <p>{t("empty")}</p>
        </div>
      ) : (
        <ul
          className="grid"
          aria-label={t("listLabel")}
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
  return (
    <ClientMessages namespaces={["vulns.forms", "vulns.severity", "review.actionError"]}>
      {page}
    </ClientMessages>
  );
}

const GRID = "repeat(auto-fill, minmax(min(100%, 320px), 1fr))";
