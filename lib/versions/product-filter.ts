// Search and filters of the manufacturer's product list (pure): text over model names, SKUs and versions of the
// family; the label situation; the category. Parsed from the query string with zod, never trusted.
import { z } from "zod";

export const LABEL_FILTERS = {
  any: "Any label situation",
  current: "Has a current label",
  expiring: "Label expiring in 90 days",
  outdated: "New version without a current label",
  none: "No label yet",
} as const;
export type TLabelFilter = keyof typeof LABEL_FILTERS;

export const ZProductFilter = z.object({
  q: z.string().trim().max(120).catch(""),
  label: z.enum(Object.keys(LABEL_FILTERS) as [TLabelFilter, ...TLabelFilter[]]).catch("any"),
  category: z.string().trim().max(40).catch(""),
});
export type TProductFilter = z.infer<typeof ZProductFilter>;

export function parseProductFilter(params: Record<string, string | string[] | undefined>): TProductFilter {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";
  return ZProductFilter.parse({ q: one(params.q), label: one(params.label), category: one(params.category) });
}

export type TFilterable = {
  modelName: string;
  modelNumber: string | null;
  category: string;
  firmwareVersion: string;
  hardwareVersion: string;
  models: { modelName: string; sku: string | null }[];
  versions: {
    firmwareVersion: string;
    current: boolean;
    label: { state: { kind: string }; expiresInDays: number | null } | null;
  }[];
};

export function matchesProductFilter(p: TFilterable, f: TProductFilter): boolean {
  if (f.category && p.category !== f.category) return false;
  if (f.q) {
    const needle = f.q.toLowerCase();
    const hay = [
      p.modelName,
      p.modelNumber ?? "",
      p.firmwareVersion,
      p.hardwareVersion,
      ...p.models.flatMap((m) => [m.modelName, m.sku ?? ""]),
      ...p.versions.map((v) => v.firmwareVersion),
    ]
      .join("\u0000")
      .toLowerCase();
    if (!hay.includes(needle)) return false;
  }
  const inForce = (v: TFilterable["versions"][number]) =>
    v.label !== null && (v.label.state.kind === "valid" || v.label.state.kind === "suspended");
  switch (f.label) {
    case "any":
      return true;
    case "current":
      return p.versions.some(inForce);
    case "expiring":
      return p.versions.some((v) => v.label?.expiresInDays != null);
    case "outdated": {
      const cur = p.versions.find((v) => v.current);
      return p.versions.some((v) => v.label) && !!cur && !inForce(cur);
    }
    case "none":
      return !p.versions.some((v) => v.label);
  }
}
