import Link from "next/link";
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

export const metadata = { title: "Product" };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/products/${id}`);
  const product = await productOr404(user, id);
  const db = prisma();
  const [assessments, labels, overview] = await Promise.all([
    listProductAssessments(db, user, product.id),
    latestLabelsOfProducts(db, user, [product.id]),
    versionsOfProducts(db, user, [product.id]),
  ]);
  const label = labels.get(product.id);
  const family = overview.get(product.id) ?? { versions: [], models: [] };
  const approved = assessments.some((a) => a.status === "APPROVED" && a.label);
  const active = !product.archivedAt;
  return (
    <div className="stack">
      <p className="small" style={{ margin: 0 }}>
        <Link href="/products">← Products</Link>
      </p>
      <div className="row" style={{ gap: "0.5rem 1rem" }}>
        <h1 style={{ margin: 0, overflowWrap: "anywhere" }}>{product.modelName}</h1>
        {active ? null : (
          <span className="badge badge-warn">
            Archived {isoDate(product.archivedAt ?? product.updatedAt)}
          </span>
        )}
      </div>
      {active ? (
        <div className="row">
          {approved ? (
            <Link href={`/products/${product.id}/new-version`} className="btn">
              Assess a new version
            </Link>
          ) : null}
          <Link href={`/products/${product.id}/assess`} className={approved ? "btn btn-secondary" : "btn"}>
            Start an assessment
          </Link>
          <Link href={`/products/${product.id}/edit`} className="btn btn-secondary">
            Edit
          </Link>
          <ArchiveProductButton productId={product.id} modelName={product.modelName} />
        </div>
      ) : (
        <p className="alert alert-info">This product is archived: it can no longer be edited or assessed.</p>
      )}

      {label ? <IssuedLabelPanel label={label} product={product} /> : null}

      <div className="row" style={{ alignItems: "flex-start", gap: "1rem" }}>
        <section
          className="card"
          aria-labelledby="details-heading"
          style={{ flex: "2 1 420px", minWidth: 0 }}
        >
          <h2 id="details-heading" style={{ marginTop: 0 }}>
            Details
          </h2>
          <ProductFacts product={product} />
        </section>
        <section
          className="card stack"
          aria-labelledby="image-heading"
          style={{ flex: "1 1 260px", minWidth: 0 }}
        >
          <h2 id="image-heading" style={{ margin: 0 }}>
            Image
          </h2>
          {product.imageContentType ? (
            <ProductImage
              id={product.id}
              updatedAt={product.updatedAt}
              size={220}
              alt={`Photo of ${product.modelName}`}
            />
          ) : (
            <p className="muted" style={{ margin: 0 }}>
              No image yet.
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
            Versions
          </h2>
          <p className="muted small" style={{ margin: 0 }}>
            Each label covers exactly one firmware and hardware version. A new firmware needs its own label:
            assess the new version and its label supersedes the earlier one.
          </p>
          <VersionsTable versions={family.versions} />
        </section>
        <section
          className="card stack"
          aria-labelledby="family-heading"
          style={{ flex: "1 1 260px", minWidth: 0, gap: "0.5rem" }}
        >
          <h2 id="family-heading" style={{ margin: 0 }}>
            Models in this family
          </h2>
          <p className="muted small" style={{ margin: 0 }}>
            Model names or SKUs sold with the same hardware and firmware. New assessments cover all of them.
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
          Assessments
        </h2>
        <ProductAssessments assessments={assessments} />
      </section>
    </div>
  );
}
