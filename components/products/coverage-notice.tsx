import Link from "next/link";
import { useTranslations } from "next-intl";
import { coverageChanges, type TCoveredProduct } from "@/lib/products/label-coverage";

type Props = {
  /** The product as it is now. */
  product: TCoveredProduct & { id: string };
  /** What its label covers (from the signed snapshot). */
  covers: TCoveredProduct | null;
  publicCode: string;
  compact?: boolean;
};

/**
 * Says so when the product was edited after its label was issued: the label (and everything printed from it)
 * still names the earlier firmware / hardware / model, and only a new assessment can label the new one.
 */
export function CoverageNotice({ product, covers, publicCode, compact = false }: Props) {
  const t = useTranslations("products.coverage");
  if (!covers) return null;
  const changes = coverageChanges(product, covers);
  if (changes.length === 0) return null;
  const fw = changes.find((c) => c.field === "firmwareVersion");
  const none = t("none");
  const lead = fw
    ? t("leadFirmware", { code: publicCode, covered: fw.covered ?? none, now: fw.now ?? none })
    : t("leadEarlier", { code: publicCode });
  const list = (which: "covered" | "now") =>
    changes.map((c) => t("fieldValue", { field: t(`field.${c.field}`), value: c[which] ?? none })).join(", ");
  if (compact)
    return (
      <p className="small warn-text" style={{ margin: 0 }} data-testid="coverage-notice">
        {lead}
      </p>
    );
  return (
    <div
      className="alert alert-warn stack"
      role="note"
      style={{ gap: "0.35rem" }}
      data-testid="coverage-notice"
    >
      <strong>{lead}</strong>
      <span>
        {t.rich("body", {
          covered: list("covered"),
          now: list("now"),
          link: (chunks) => <Link href={`/products/${product.id}/assess`}>{chunks}</Link>,
        })}
      </span>
    </div>
  );
}
