import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { MANUFACTURER } from "@/lib/auth/roles";
import { ProductForm } from "@/components/products/product-form";

export const metadata = { title: "Add a product" };

export default async function NewProductPage() {
  await requirePageUser(MANUFACTURER, "/products/new");
  return (
    <div className="stack" style={{ maxWidth: 720 }}>
      <p className="small" style={{ margin: 0 }}>
        <Link href="/products">← Products</Link>
      </p>
      <h1>Add a product</h1>
      <p className="muted" style={{ marginTop: 0 }}>
        Describe the product as it is sold. You can change these details until you submit an assessment.
      </p>
      <ProductForm mode="create" />
    </div>
  );
}
