// Inputs of the self-assessment use cases, shared by the forms and the server.
import { z } from "zod";
import { vmsg } from "@/lib/i18n/zod";
import { SCHEME_IDS } from "@/lib/schemes/types";
import { zId, zKey } from "@/lib/validation/text";

const ZId = zId;

export const ZStartAssessment = z.object({
  productId: ZId,
  labId: zId,
  targetSchemes: z.array(z.enum(SCHEME_IDS)).min(1, vmsg("chooseScheme")).max(SCHEME_IDS.length),
});
export type TStartAssessment = z.infer<typeof ZStartAssessment>;

/** `value: null` clears the answer. The value itself is validated against the catalog question by the server. */
export const ZSaveAnswer = z.object({
  assessmentId: ZId,
  questionId: zKey,
  value: z.unknown(),
  expectedVersion: z.number().int().min(1),
});
export type TSaveAnswer = z.infer<typeof ZSaveAnswer>;

export const ZSubmitAssessment = z.object({ assessmentId: ZId, expectedVersion: z.number().int().min(1) });
export type TSubmitAssessment = z.infer<typeof ZSubmitAssessment>;

export const ZEvidenceLink = z.object({
  assessmentId: ZId,
  evidenceId: ZId,
  questionId: zKey,
});
export type TEvidenceLink = z.infer<typeof ZEvidenceLink>;

/** Move a draft to a newer catalog version; `toVersion` must be the one the upgrade page showed. */
export const ZUpgradeCatalog = z.object({
  assessmentId: ZId,
  expectedVersion: z.number().int().min(1),
  toVersion: z.string().regex(/^\d+\.\d+\.\d+$/, "A catalog version looks like 1.1.0."),
});
export type TUpgradeCatalog = z.infer<typeof ZUpgradeCatalog>;
