import { guardedAction } from "@/lib/auth/action";
import { ADMIN, REVIEWER } from "@/lib/auth/roles";
import {
  ZAcceptRemaining,
  ZApprove,
  ZClaim,
  ZDecision,
  ZReassign,
  ZRejectAssessment,
  ZRequestChanges,
  ZRevoke,
} from "@/lib/review/schema";
import { prisma } from "@/lib/db/client";
import { claimAssessment } from "@/lib/db/review";
import { reassignAssessment } from "@/lib/db/review-assign";
import { acceptRemaining, rejectAssessment, requestChanges, saveDecision } from "@/lib/db/review-decisions";
import { approveAssessment, revokeLabel } from "@/lib/db/labels";
import { env } from "@/lib/env";
import { labelSigningKeyPem } from "@/lib/secrets";
import { afterNotifyingCommit } from "@/lib/notify/app";

/** Mails of the event just committed go out in the background (lib/notify); the action never waits for them. */
const thenNotify = async <T>(p: Promise<T>): Promise<T> => {
  const result = await p;
  afterNotifyingCommit();
  return result;
};

// Only lab reviewers act on reviews: administrators manage labs and people but never approve for a lab.
export const claimAction = guardedAction({ roles: REVIEWER, input: ZClaim }, ({ user, input }) =>
  claimAssessment(prisma(), user, input.assessmentId),
);

export const decisionAction = guardedAction({ roles: REVIEWER, input: ZDecision }, ({ user, input }) =>
  saveDecision(prisma(), user, input),
);

export const acceptRemainingAction = guardedAction(
  { roles: REVIEWER, input: ZAcceptRemaining },
  ({ user, input }) => acceptRemaining(prisma(), user, input),
);

export const requestChangesAction = guardedAction(
  { roles: REVIEWER, input: ZRequestChanges },
  ({ user, input }) => thenNotify(requestChanges(prisma(), user, input)),
);

export const approveAction = guardedAction({ roles: REVIEWER, input: ZApprove }, ({ user, input }) =>
  thenNotify(
    approveAssessment(prisma(), user, input, {
      signingKeyPem: labelSigningKeyPem(),
      publicBaseUrl: env().PUBLIC_BASE_URL,
    }),
  ),
);

export const rejectAction = guardedAction({ roles: REVIEWER, input: ZRejectAssessment }, ({ user, input }) =>
  thenNotify(rejectAssessment(prisma(), user, input)),
);

export const revokeAction = guardedAction({ roles: REVIEWER, input: ZRevoke }, ({ user, input }) =>
  thenNotify(revokeLabel(prisma(), user, input)),
);

// Releasing or reassigning a claim: administrators for any lab (they still cannot decide or approve), reviewers
// only for their own lab's assessments held by a disabled colleague (checked in reassignAssessment's `where`).
export const reassignAction = guardedAction(
  { roles: [...REVIEWER, ...ADMIN], input: ZReassign },
  ({ user, input }) => reassignAssessment(prisma(), user, input),
);
