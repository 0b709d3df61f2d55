import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { ProductForm } from "@/components/products/product-form";
import { ClientMessages } from "@/components/layout/client-messages";

export async function generateMetadata() {
  return { title: (await getTranslations("products.new"))("title") };
}

export default async function NewProductPage() {
  await requirePageUser(MANUFACTURER, "/products/new");
  const t = await getTranslations("products.new");
  const page = (
    <div className="stack" style={{ maxWidth: 720 }}>
      <p className="small" style={{ margin: 0 }}>
        <Link href="/products">{t("back")}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        {t("intro")}
      </p>
      <ProductForm mode="create" />
    </div>
  );
  return <ClientMessages namespaces={["products.form", "products.categories"]}>{page}</ClientMessages>;
}
