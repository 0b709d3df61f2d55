import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import { lastApprovedAssessment } from "@/lib/db/reassess";
import { activeModels } from "@/lib/db/versions";
import { NewVersionForm } from "@/components/versions/new-version-form";
import { productOr404 } from "../product-or-404";

export const metadata = { title: "Assess a new version" };

export default async function NewVersionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/products/${id}/new-version`);
  const product = await productOr404(user, id);
  const db = prisma();
  const [prev, models] = await Promise.all([
    lastApprovedAssessment(db, user.organizationId, product.id),
    activeModels(db, product.id),
  ]);
  return (
    <div className="narrow stack" style={{ maxWidth: 680 }}>
      <p className="small" style={{ margin: 0 }}>
        <Link href={`/products/${product.id}`}>← {product.modelName}</Link>
      </p>
      <h1 style={{ margin: 0 }}>Assess a new version of {product.modelName}</h1>
      {prev?.label ? (
        <>
          <p className="muted" style={{ margin: 0 }}>
            The new assessment starts from label <strong>{prev.label.publicCode}</strong>
            {prev.productVersion ? ` (firmware ${prev.productVersion.firmwareVersion})` : ""}: its answers and
            evidence are carried over, each answer marked until you confirm or change it, and the lab&apos;s
            decisions stand for every criterion whose answers do not change. When the lab approves, the new
            label supersedes {prev.label.publicCode}. To renew an expiring label, keep the same version.
          </p>
          <div className="card">
            <NewVersionForm
              productId={product.id}
              firmwareVersion={product.firmwareVersion}
              hardwareVersion={product.hardwareVersion}
              models={models}
            />
          </div>
        </>
      ) : (
        <p className="alert alert-info">
          This product has no issued label yet, so there is nothing to carry over.{" "}
          <Link href={`/products/${product.id}/assess`}>Start an assessment</Link> instead.
        </p>
      )}
    </div>
  );
}
