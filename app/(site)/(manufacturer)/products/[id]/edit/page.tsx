import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { ProductForm } from "@/components/products/product-form";
import { productFormDefaults } from "@/components/products/form-defaults";
import { productOr404 } from "../product-or-404";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("products.edit"))("metaTitle") };
}

export default async function EditProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(MANUFACTURER, `/products/${id}/edit`);
  const p = await productOr404(user, id);
  const t = await getTranslations("products.edit");
  const page = (
    <div className="stack" style={{ maxWidth: 720 }}>
      <p className="small" style={{ margin: 0 }}>
        <Link href={`/products/${p.id}`}>{t("back", { name: p.modelName })}</Link>
      </p>
      <h1>{t("title", { name: p.modelName })}</h1>
      {p.archivedAt ? (
        <div className="alert alert-info">{t("archived")}</div>
      ) : (
        <ProductForm mode="edit" productId={p.id} defaults={productFormDefaults(p)} />
      )}
    </div>
  );
  return <ClientMessages namespaces={["products.form", "products.categories"]}>{page}</ClientMessages>;
}
