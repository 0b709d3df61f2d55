import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { ProductForm } from "@/components/products/product-form";
import { productFormDefaults } from "@/components/products/form-defaults";
import { productOr404 } from "../product-or-404";

export const metadata = { title: "Edit product" };

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/products/${id}/edit`);
  const p = await productOr404(user, id);
  return (
    <div className="stack" style={{ maxWidth: 720 }}>
      <p className="small" style={{ margin: 0 }}>
        <Link href={`/products/${p.id}`}>← {p.modelName}</Link>
      </p>
      <h1>Edit {p.modelName}</h1>
      {p.archivedAt ? (
        <div className="alert alert-info">This product is archived and can no longer be edited.</div>
      ) : (
        <ProductForm mode="edit" productId={p.id} defaults={productFormDefaults(p)} />
      )}
    </div>
  );
}
