// Does a product still match what its label covers? A label names the model and the hardware and firmware versions
// that were assessed (frozen in the signed snapshot); a product edited afterwards (new firmware, say) is no longer
// what the label describes, and the manufacturer must be told before shipping the label with it.

/** The product facts a label covers, as frozen in the snapshot (`snapshot.product`). */
export type TCoveredProduct = {
  modelName: string;
  modelNumber: string | null;
  hardwareVersion: string;
  firmwareVersion: string;
};

export type TCoverageField = keyof TCoveredProduct;

export const COVERAGE_FIELD_LABEL: Record<TCoverageField, string> = {
  modelName: "model name",
  modelNumber: "model number",
  hardwareVersion: "hardware version",
  firmwareVersion: "firmware version",
};

export type TCoverageChange = { field: TCoverageField; covered: string | null; now: string | null };

const FIELDS: TCoverageField[] = ["firmwareVersion", "hardwareVersion", "modelNumber", "modelName"];

const norm = (v: string | null | undefined) => {
  const t = (v ?? "").trim();
  return t === "" ? null : t;
};

/** The facts that differ between the product now and what its label covers, firmware first; [] when it matches. */
export function coverageChanges(current: TCoveredProduct, covered: TCoveredProduct): TCoverageChange[] {
  return FIELDS.filter((f) => norm(current[f]) !== norm(covered[f])).map((field) => ({
    field,
    covered: norm(covered[field]),
    now: norm(current[field]),
  }));
}

/** Reads the covered facts from a stored snapshot's `product` object; null when they are not there. */
export function coveredProductOf(value: unknown): TCoveredProduct | null {
  if (typeof value !== "object" || value === null) return null;
  const p = value as Record<string, unknown>;
  const str = (k: string) => (typeof p[k] === "string" ? (p[k] as string) : null);
  const modelName = str("modelName");
  const hardwareVersion = str("hardwareVersion");
  const firmwareVersion = str("firmwareVersion");
  if (modelName === null || hardwareVersion === null || firmwareVersion === null) return null;
  return { modelName, modelNumber: str("modelNumber"), hardwareVersion, firmwareVersion };
}

/** "firmware version 1.8.0 (now 1.9.0)" and so on, joined for one sentence. */
export function describeCoverageChanges(changes: TCoverageChange[]): string {
  return changes
    .map((c) => `${COVERAGE_FIELD_LABEL[c.field]} ${c.covered ?? "(none)"} (now ${c.now ?? "none"})`)
    .join(", ");
}
