// Answers the product already gives: its form asks for the category, the support end, whether updates install
// automatically and how to change the default password, and the assessed version may have a machine-readable SBOM
// uploaded (lib/sbom). The matching profile and registry questions start from those values (pure: used when an
// assessment starts and by the questionnaire to mark them). A prefill never replaces an answer: it is written only
// into a new assessment's empty questions, and otherwise offered beside an open question of an editable draft, so
// a submitted assessment's answers, and its verdicts, never change because an SBOM was uploaded afterwards.
import { categoryLabel } from "@/lib/products/schema";
import type { TAnswerValue, TCatalog, TQuestion, TSchemeId } from "@/lib/schemes";
import { planQuestionnaire } from "@/lib/questionnaire/plan";

export type TPrefillProduct = {
  category: string;
  supportPeriodEnd: Date | string;
  updatesAutomatic: boolean;
  defaultCredentials: string | null;
  /** The latest SBOM uploaded for the assessed version (null or absent: none). */
  sbom?: TPrefillSbom | null;
};

export type TPrefillSbom = { format: string; specVersion: string; componentCount: number };

export type TPrefill = {
  value: TAnswerValue;
  /** The product field it comes from, as the product form names it. */
  field: string;
  /** The value as the manufacturer entered it on the product, for the note beside the question. */
  shown: string;
};

/** Product form category → option of the catalog's p.category question; categories without a match are left out. */
const CATEGORY_OPTION: Record<string, string> = {
  camera: "camera",
  router: "router",
  "smart-speaker": "speaker",
  "smart-lock": "lock",
  wearable: "wearable",
  toy: "toy",
  appliance: "appliance",
  "smart-home-hub": "hub",
  thermostat: "other",
  lighting: "other",
  health: "other",
  payment: "other",
  sensor: "other",
  other: "other",
};

function isoDate(d: Date | string): string {
  return typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10);
}

function hasOption(q: TQuestion | undefined, value: string): boolean {
  return !!q && (q.type === "choice" || q.type === "multi") && q.options.some((o) => o.value === value);
}

/** Question id → the answer the product gives, for the questions of this catalog that exist and accept it. */
export function productPrefill(catalog: TCatalog, product: TPrefillProduct): Map<string, TPrefill> {
  const byId = new Map(catalog.questions.map((q) => [q.id, q]));
  const out = new Map<string, TPrefill>();
  const category = CATEGORY_OPTION[product.category];
  if (category && hasOption(byId.get("p.category"), category))
    out.set("p.category", { value: category, field: "Category", shown: categoryLabel(product.category) });
  if (byId.get("c.support.end_date")?.type === "date") {
    const d = isoDate(product.supportPeriodEnd);
    out.set("c.support.end_date", { value: d, field: "Security updates until", shown: d });
  }
  const mode = product.updatesAutomatic ? "automatic" : "manual";
  if (hasOption(byId.get("c.reg.update_mode"), mode))
    out.set("c.reg.update_mode", {
      value: mode,
      field: "Updates install automatically",
      shown: product.updatesAutomatic ? "yes" : "no",
    });
  const creds = product.defaultCredentials?.trim();
  if (creds && byId.get("c.reg.default_password_info")?.type === "text")
    out.set("c.reg.default_password_info", {
      value: creds.slice(0, 4000),
      field: "How to change the default credentials",
      shown: creds,
    });
  if (product.sbom) {
    const shown = `${product.sbom.format} ${product.sbom.specVersion}, ${product.sbom.componentCount} components`;
    const field = "SBOM uploaded for this version";
    // US registry field 10 ("SBOM/HBOM maintained"): an uploaded SBOM is an SBOM maintained.
    if (hasOption(byId.get("c.reg.bom"), "sbom")) out.set("c.reg.bom", { value: "sbom", field, shown });
    // The component inventory with versions (China 1-star, EU/US inventory criteria): the SBOM is that inventory.
    const inventory = byId.get("c.vuln.inventory");
    if (inventory?.type === "control")
      out.set("c.vuln.inventory", { value: { status: "yes" }, field, shown });
  }
  return out;
}

export function sameAnswer(a: TAnswerValue | undefined, b: TAnswerValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The prefilled answers a new assessment starts with: only questions the chosen schemes show. */
export function startingAnswers(
  catalog: TCatalog,
  product: TPrefillProduct,
  targetSchemes: readonly TSchemeId[],
): [string, TAnswerValue][] {
  const all = productPrefill(catalog, product);
  const answers = Object.fromEntries([...all].map(([id, p]) => [id, p.value]));
  const { visible } = planQuestionnaire(catalog, answers, targetSchemes);
  return [...all].filter(([id]) => visible.has(id)).map(([id, p]) => [id, p.value]);
}
