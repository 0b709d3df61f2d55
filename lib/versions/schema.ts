// Inputs of versions, families and re-assessment, shared by the forms and the server.
import { z } from "zod";
import { vmsg } from "@/lib/i18n/zod";
import { zId, zKey, zText } from "@/lib/validation/text";

const ZId = zId;
const versionText = (message: string) => zText({ max: 60, min: 1, minMessage: message });

export const ZReassess = z.object({
  productId: ZId,
  firmwareVersion: versionText(vmsg("enterFirmwareVersion")),
  hardwareVersion: versionText(vmsg("enterHardwareVersion")),
  releaseNotes: zText({ max: 2000, multiline: true })
    .optional()
    .transform((v) => (v ? v : undefined)),
  /** The family models the new label covers; all active models when left out. */
  modelIds: z.array(ZId).max(200).optional(),
});
export type TReassess = Omit<z.infer<typeof ZReassess>, "releaseNotes"> & { releaseNotes?: string };

export const ZConfirmCarried = z.object({
  assessmentId: ZId,
  questionIds: z.array(zKey).max(1000).optional(),
});
export type TConfirmCarried = z.infer<typeof ZConfirmCarried>;

export const ZAddModel = z.object({
  productId: ZId,
  modelName: zText({ max: 120, min: 1, minMessage: vmsg("enterModelName") }),
  sku: zText({ max: 60 })
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type TAddModel = z.infer<typeof ZAddModel>;

export const ZArchiveModel = z.object({ productId: ZId, modelId: ZId });
