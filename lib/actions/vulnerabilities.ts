// Server actions for vulnerabilities, security notices, suspension and CRA reports (docs/vulnerabilities.md).
// Files (SBOMs, advisories) go through route handlers (app/api/product-versions/[id]/…), which limit body size.
import { z } from "zod";
import { vmsg } from "@/lib/i18n/zod";
import { zId, zText } from "@/lib/validation/text";
import { guardedAction } from "@/lib/auth/action";
import { MANUFACTURER, REVIEWER } from "@/lib/auth/roles";
import { prisma } from "@/lib/db/client";
import {
  addVulnerability,
  clearNotice,
  markCraReportFiled,
  reinstateLabel,
  suspendLabel,
  updateVulnerability,
} from "@/lib/db/vulnerabilities";
import { markIncidentReportFiled, recordIncident } from "@/lib/db/incidents";
import { incidentInput } from "@/lib/vulns/incident";
import { CRA_STAGES, SEVERITIES, vulnInput } from "@/lib/vulns/model";

const ZId = zId;
const ZReason = zText({ max: 2000, min: 1, multiline: true, minMessage: vmsg("giveReason") });
const BOTH = [...MANUFACTURER, ...REVIEWER];

export const ZAddVuln = vulnInput.extend({ productVersionId: ZId });
export const ZUpdateVuln = z.object({
  vulnerabilityId: ZId,
  activelyExploited: z.boolean().optional(),
  fixedInVersion: zText({ max: 60 }).nullable().optional(),
  severity: z.enum(SEVERITIES).optional(),
});
export const ZClearNotice = z.object({ vulnerabilityId: ZId, reason: ZReason });
export const ZLabelReason = z.object({ labelId: ZId, reason: ZReason });
export const ZCraFiled = z.object({
  vulnerabilityId: ZId,
  stage: z.enum(CRA_STAGES),
  reference: zText({ max: 120 })
    .optional()
    .transform((s) => s || null),
});

export const addVulnerabilityAction = guardedAction({ roles: BOTH, input: ZAddVuln }, ({ user, input }) => {
  const { productVersionId, ...v } = input;
  return addVulnerability(prisma(), user, productVersionId, v).then((r) => ({
    id: r.vulnerability.id,
    affectedLabelCodes: r.affectedLabelCodes,
  }));
});

export const updateVulnerabilityAction = guardedAction(
  { roles: BOTH, input: ZUpdateVuln },
  ({ user, input }) =>
    updateVulnerability(prisma(), user, input).then((r) => ({ affectedLabelCodes: r.affectedLabelCodes })),
);

export const clearNoticeAction = guardedAction({ roles: REVIEWER, input: ZClearNotice }, ({ user, input }) =>
  clearNotice(prisma(), user, input),
);

export const suspendLabelAction = guardedAction({ roles: REVIEWER, input: ZLabelReason }, ({ user, input }) =>
  suspendLabel(prisma(), user, input),
);

export const reinstateLabelAction = guardedAction(
  { roles: REVIEWER, input: ZLabelReason },
  ({ user, input }) => reinstateLabel(prisma(), user, input),
);

export const craFiledAction = guardedAction({ roles: MANUFACTURER, input: ZCraFiled }, ({ user, input }) =>
  markCraReportFiled(prisma(), user, input),
);

export const ZRecordIncident = incidentInput.extend({ productVersionId: ZId });
export const ZIncidentFiled = z.object({
  incidentId: ZId,
  stage: z.enum(CRA_STAGES),
  reference: zText({ max: 120 })
    .optional()
    .transform((s) => s || null),
});

export const recordIncidentAction = guardedAction(
  { roles: MANUFACTURER, input: ZRecordIncident },
  ({ user, input }) => {
    const { productVersionId, ...i } = input;
    return recordIncident(prisma(), user, productVersionId, i).then((r) => ({ id: r.id }));
  },
);

export const incidentFiledAction = guardedAction(
  { roles: MANUFACTURER, input: ZIncidentFiled },
  ({ user, input }) => markIncidentReportFiled(prisma(), user, input),
);
