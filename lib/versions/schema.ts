// Inputs of versions, families and re-assessment, shared by the forms and the server.
import { z } from "zod";

const ZId = z.string().min(1).max(40);
const versionText = (what: string) =>
  z
    .string({ message: `Enter the ${what} version.` })
    .trim()
    .min(1, `Enter the ${what} version.`)
    .max(60, "At most 60 characters.");

export const ZReassess = z.object({
  productId: ZId,
  firmwareVersion: versionText("firmware"),
  hardwareVersion: versionText("hardware"),
  releaseNotes: z
    .string()
    .trim()
    .max(2000, "At most 2000 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
  /** The family models the new label covers; all active models when left out. */
  modelIds: z.array(ZId).max(200).optional(),
});
export type TReassess = Omit<z.infer<typeof ZReassess>, "releaseNotes"> & { releaseNotes?: string };

export const ZConfirmCarried = z.object({
  assessmentId: ZId,
  questionIds: z.array(z.string().min(1).max(120)).max(1000).optional(),
});
export type TConfirmCarried = z.infer<typeof ZConfirmCarried>;

export const ZAddModel = z.object({
  productId: ZId,
  modelName: z.string().trim().min(1, "Enter the model name.").max(120, "At most 120 characters."),
  sku: z
    .string()
    .trim()
    .max(60, "At most 60 characters.")
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type TAddModel = z.infer<typeof ZAddModel>;

export const ZArchiveModel = z.object({ productId: ZId, modelId: ZId });
