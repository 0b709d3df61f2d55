import Link from "next/link";
import { useTranslations } from "next-intl";
import { categoryText, isoDate } from "@/components/products/assessment-status";
import { ProductImage } from "@/components/products/product-image";
import { LabelSummary } from "@/components/products/label-summary";
import type { TOwnLabel } from "@/lib/db/manufacturer-labels";

type Props = {
  product: {
    id: string;
    modelName: string;
    modelNumber: string | null;
    category: string;
    hardwareVersion: string;
    firmwareVersion: string;
    supportPeriodEnd: Date;
    imageContentType: string | null;
    updatedAt: Date;
  };
};

/** A product in the product list, with its latest label (if any) and that label's state. */
export function ProductCard({ product: p, label }: Props & { label?: TOwnLabel }) {
  const headingId = `product-${p.id}`;
  const t = useTranslations("products");
  return (
    <li className="card" style={{ display: "flex", gap: "0.9rem", alignItems: "flex-start" }}>
      {p.imageContentType ? <ProductImage id={p.id} updatedAt={p.updatedAt} size={64} alt="" /> : null}
      <div style={{ minWidth: 0 }}>
        <h2 id={headingId} style={{ margin: 0, fontSize: "1.15rem", overflowWrap: "anywhere" }}>
          <Link href={`/products/${p.id}`}>{p.modelName}</Link>
        </h2>
        <p className="muted small" style={{ margin: "0.2rem 0 0" }}>
          {categoryText(t, p.category)}
          {p.modelNumber ? ` · ${p.modelNumber}` : ""} · {t("card.firmware", { version: p.firmwareVersion })}
        </p>
        <p className="muted small" style={{ margin: 0 }}>
          {t("card.updatesUntil", { date: isoDate(p.supportPeriodEnd) })}
        </p>
        {label ? (
          <div style={{ marginTop: "0.5rem" }}>
            <LabelSummary label={label} product={p} describedBy={headingId} />
          </div>
        ) : null}
      </div>
    </li>
  );
}
