import { notFound } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { getProduct } from "@/lib/db/products";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { categoryLabel } from "@/lib/products/schema";

export const metadata = { title: "Product" };

export default async function ProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/products/${id}`);
  const product = await getProduct(prisma(), user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  return (
    <div className="stack">
      <h1>{product.modelName}</h1>
      <div className="card">
        <dl className="facts">
          <dt>Model number</dt>
          <dd>{product.modelNumber ?? "—"}</dd>
          <dt>Category</dt>
          <dd>{categoryLabel(product.category)}</dd>
          <dt>Hardware version</dt>
          <dd>{product.hardwareVersion}</dd>
          <dt>Firmware version</dt>
          <dd>{product.firmwareVersion}</dd>
          <dt>Security updates until</dt>
          <dd>{product.supportPeriodEnd.toISOString().slice(0, 10)}</dd>
          <dt>Automatic updates</dt>
          <dd>{product.updatesAutomatic ? "Yes" : "No"}</dd>
          <dt>Default credentials</dt>
          <dd>{product.defaultCredentials ?? "—"}</dd>
          <dt>Vulnerability disclosure</dt>
          <dd>{product.vulnDisclosureUrl ?? "—"}</dd>
          <dt>Privacy policy</dt>
          <dd>{product.privacyPolicyUrl ?? "—"}</dd>
        </dl>
      </div>
    </div>
  );
}
