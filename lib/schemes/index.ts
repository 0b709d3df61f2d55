import type { z } from "zod";
import { catalogV1 } from "./catalog-v1";
import { catalogV1_1 } from "./catalog-v1-1";
import { catalogV1_2 } from "./catalog-v1-2";
import type { TCatalog } from "./types";
import { nameIssues, ZCatalog } from "./validate";

/** Public entry point of the catalog: versioned, zod-validated at first load, cached for the process. */

export * from "./types";
export {
  ZCondition,
  conditionQuestionIds,
  CONTROL_STATUSES,
  type TCondition,
  type TControlStatus,
} from "./conditions";
export {
  parseAnswers,
  parseStoredAnswer,
  missingJustifications,
  answersSchema,
  naPolicy,
  type TNaPolicy,
  type TParseAnswersResult,
} from "./answers";
export { printCondition } from "./print";
export { catalogToCsv } from "./csv";
export { getCrosswalk, criteriaReadingQuestion, type TCrosswalk, type TCrosswalkEntry } from "./crosswalk";
export { ZCatalog } from "./validate";

/** The version new assessments start on; existing assessments keep theirs (see /assessments/[id]/upgrade). */
export const CURRENT_CATALOG_VERSION = "1.2.0";

const RAW: Readonly<Record<string, unknown>> = {
  "1.0.0": catalogV1,
  "1.1.0": catalogV1_1,
  "1.2.0": catalogV1_2,
};
const cache = new Map<string, TCatalog>();

/** Orders "major.minor.patch" versions by number (so 1.10.0 comes after 1.9.0), oldest first. */
export function compareCatalogVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Every published catalog version, oldest first. */
export function listCatalogVersions(): string[] {
  return Object.keys(RAW).sort(compareCatalogVersions);
}

/** Validates any catalog-like value; the errors name the criterion/scope and question at fault. */
export function validateCatalog(
  raw: unknown,
): { success: true; data: TCatalog } | { success: false; error: z.ZodError } {
  const r = ZCatalog.safeParse(raw);
  return r.success ? r : { success: false, error: nameIssues(raw, r.error) };
}

export function getCatalog(version: string = CURRENT_CATALOG_VERSION): TCatalog {
  const hit = cache.get(version);
  if (hit) return hit;
  const raw = RAW[version];
  if (raw === undefined)
    throw new Error(`Unknown catalog version "${version}" (known: ${listCatalogVersions().join(", ")})`);
  const parsed = validateCatalog(raw);
  if (!parsed.success) {
    // A broken catalog is a build defect, not a user error: fail loudly with every issue listed.
    throw new Error(
      `Catalog ${version} is invalid:\n${parsed.error.issues.map((i) => `- ${i.path.join(".")}: ${i.message}`).join("\n")}`,
    );
  }
  cache.set(version, parsed.data);
  return parsed.data;
}

export function getQuestion(catalog: TCatalog, id: string) {
  return catalog.questions.find((q) => q.id === id);
}
export {
  SCHEME_MODULES,
  ALL_SCHEME_IDS,
  schemeModule,
  isSchemeId,
  inRegistryOrder,
  perScheme,
  readerOrder,
  type TResultEnvelope,
  type TSchemeModule,
  type TOutcomeTone,
} from "./registry";
