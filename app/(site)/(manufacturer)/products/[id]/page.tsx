import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { latestLabelsOfProducts } from "@/lib/db/manufacturer-labels";
import { listProductAssessments } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import { IssuedLabelPanel } from "@/components/assessments/issued-label-panel";
import { ArchiveProductButton } from "@/components/products/archive-product-button";
import { isoDate } from "@/components/products/assessment-status";
import { ProductAssessments } from "@/components/products/product-assessments";
import { ProductFacts } from "@/components/products/product-facts";
import { ProductImage } from "@/components/products/product-image";
import { ProductImageUpload } from "@/components/products/product-image-upload";
import { ProductSecurityLinks } from "@/components/vulns/security-links";
import { versionsOfProducts } from "@/lib/db/version-overview";
import { FamilyModels } from "@/components/versions/family-models";
import { VersionsTable } from "@/components/versions/versions-table";
import { productOr404 } from "./product-or-404";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("products.detail"))("metaTitle") };
}

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/products/${id}`);
  const product = await productOr404(user, id);
  const db = prisma();
  const t = await getTranslations("products.detail");
  const [assessments, labels, overview] = await Promise.all([
    listProductAssessments(db, user, product.id),
    latestLabelsOfProducts(db, user, [product.id]),
    versionsOfProducts(db, user, [product.id]),
  ]);
  const label = labels.get(product.id);
  const family = overview.get(product.id) ?? { versions: [], models: [] };
  const approved = assessments.some((a) => a.status === "APPROVED" && a.label);
  const active = !product.archivedAt;
  const page = (
    <div className="stack">
      <p className="small" style={{ margin: 0 }}>
        <Link href="/products">{t("back")}</Link>
      </p>
      <div className="row" style={{ gap: "0.5rem 1rem" }}>
        <h1 style={{ margin: 0, overflowWrap: "anywhere" }}>{product.modelName}</h1>
        {active ? null : (
          <span className="badge badge-warn">
            {t("archived", { date: isoDate(product.archivedAt ?? product.updatedAt) })}
          </span>
        )}
      </div>
      {active ? (
        <div className="row">
          {approved ? (
            <Link href={`/products/${product.id}/new-version`} className="btn">
              {t("newVersion")}
            </Link>
          ) : null}
          <Link href={`/products/${product.id}/assess`} className={approved ? "btn btn-secondary" : "btn"}>
            {t("startAssessment")}
          </Link>
          <Link href={`/products/${product.id}/edit`} className="btn btn-secondary">
            {t("edit")}
          </Link>
          <ArchiveProductButton productId={product.id} modelName={product.modelName} />
        </div>
      ) : (
        <p className="alert alert-info">{t("archivedNote")}</p>
      )}

      {label ? <IssuedLabelPanel label={label} product={product} /> : null}

      <div className="row" style={{ alignItems: "flex-start", gap: "1rem" }}>
        <section
          className="card"
          aria-labelledby="details-heading"
          style={{ flex: "2 1 420px", minWidth: 0 }}
        >
          <h2 id="details-heading" style={{ marginTop: 0 }}>
            {t("details")}
          </h2>
          <ProductFacts product={product} />
        </section>
        <section
          className="card stack"
          aria-labelledby="image-heading"
          style={{ flex: "1 1 260px", minWidth: 0 }}
        >
          <h2 id="image-heading" style={{ margin: 0 }}>
            {t("image")}
          </h2>
          {product.imageContentType ? (
            <ProductImage
              id={product.id}
              updatedAt={product.updatedAt}
              size={220}
              alt={t("photoOf", { name: product.modelName })}
            />
          ) : (
            <p className="muted" style={{ margin: 0 }}>
              {t("noImage")}
            </p>
          )}
          {active ? (
            <ProductImageUpload productId={product.id} hasImage={Boolean(product.imageContentType)} />
          ) : null}
        </section>
      </div>

      <div className="row" style={{ alignItems: "flex-start", gap: "1rem" }}>
        <section
          className="card stack"
          aria-labelledby="versions-heading"
          style={{ flex: "2 1 420px", minWidth: 0, gap: "0.5rem" }}
        >
          <h2 id="versions-heading" style={{ margin: 0 }}>
            {t("versions")}
          </h2>
          <p className="muted small" style={{ margin: 0 }}>
            {t("versionsNote")}
          </p>
          <VersionsTable versions={family.versions} />
        </section>
        <section
          className="card stack"
          aria-labelledby="family-heading"
          style={{ flex: "1 1 260px", minWidth: 0, gap: "0.5rem" }}
        >
          <h2 id="family-heading" style={{ margin: 0 }}>
            {t("family")}
          </h2>
          <p className="muted small" style={{ margin: 0 }}>
            {t("familyNote")}
          </p>
          <FamilyModels
            productId={product.id}
            primary={product.modelName}
            models={family.models}
            editable={active}
          />
        </section>
      </div>

      <ProductSecurityLinks productId={product.id} />

      <section aria-labelledby="assessments-heading" className="stack" style={{ gap: "0.5rem" }}>
        <h2 id="assessments-heading" style={{ marginBottom: 0 }}>
          {t("assessments")}
        </h2>
        <ProductAssessments assessments={assessments} />
      </section>
    </div>
  );
  return (
    <ClientMessages namespaces={["products.archive", "products.image", "versions.family"]}>
      {page}
    </ClientMessages>
  );
}
