import Link from "next/link";
import { COVERAGE_FIELD_LABEL, coverageChanges, type TCoveredProduct } from "@/lib/products/label-coverage";

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
  if (!covers) return null;
  const changes = coverageChanges(product, covers);
  if (changes.length === 0) return null;
  const fw = changes.find((c) => c.field === "firmwareVersion");
  const lead = fw
    ? `Label ${publicCode} covers firmware ${fw.covered ?? "(none)"}, not ${fw.now ?? "(none)"}.`
    : `Label ${publicCode} covers an earlier version of this product.`;
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
        The product was edited after the label was issued. The label, its report and its QR code describe{" "}
        {changes.map((c) => `${COVERAGE_FIELD_LABEL[c.field]} ${c.covered ?? "(none)"}`).join(", ")}; the
        product now says{" "}
        {changes.map((c) => `${COVERAGE_FIELD_LABEL[c.field]} ${c.now ?? "(none)"}`).join(", ")}. Do not ship
        this label with the new version:{" "}
        <Link href={`/products/${product.id}/assess`}>start an assessment</Link> to label it.
      </span>
    </div>
  );
}
