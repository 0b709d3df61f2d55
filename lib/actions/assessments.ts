import { guardedAction } from "@/lib/auth/action";
import { MANUFACTURER } from "@/lib/auth/roles";
import {
  ZEvidenceLink,
  ZSaveAnswer,
  ZStartAssessment,
  ZSubmitAssessment,
  ZUpgradeCatalog,
} from "@/lib/assessments/schema";
import { upgradeAssessmentCatalog } from "@/lib/db/assessment-upgrade";
import { saveAnswer, startAssessment, submitAssessment } from "@/lib/db/assessments";
import { linkEvidence, unlinkEvidence } from "@/lib/db/evidence";
import { prisma } from "@/lib/db/client";
import { afterNotifyingCommit } from "@/lib/notify/app";

export const startAssessmentAction = guardedAction(
  { roles: MANUFACTURER, input: ZStartAssessment },
  ({ user, input }) => startAssessment(prisma(), user, input),
);

export const saveAnswerAction = guardedAction(
  { roles: MANUFACTURER, input: ZSaveAnswer },
  ({ user, input }) => saveAnswer(prisma(), user, input),
);

export const submitAssessmentAction = guardedAction(
  { roles: MANUFACTURER, input: ZSubmitAssessment },
  async ({ user, input }) => {
    const result = await submitAssessment(prisma(), user, input);
    if (result.submitted) afterNotifyingCommit();
    return result;
  },
);

export const linkEvidenceAction = guardedAction(
  { roles: MANUFACTURER, input: ZEvidenceLink },
  ({ user, input }) => linkEvidence(prisma(), user, input),
);

export const unlinkEvidenceAction = guardedAction(
  { roles: MANUFACTURER, input: ZEvidenceLink },
  ({ user, input }) => unlinkEvidence(prisma(), user, input),
);

export const upgradeAssessmentCatalogAction = guardedAction(
  { roles: MANUFACTURER, input: ZUpgradeCatalog },
  ({ user, input }) => upgradeAssessmentCatalog(prisma(), user, input),
);
