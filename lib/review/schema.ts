// Inputs of the lab review use cases, shared by the reviewer forms and the server.
import { z } from "zod";
import { SCHEME_IDS } from "@/lib/schemes/types";
import { zText, zId, zKey } from "@/lib/validation/text";

const ZId = zId;
const ZVersion = z.number().int().min(1);
export const COMMENT_MAX = 2000;
const ZComment = zText({ max: COMMENT_MAX, multiline: true });

export const QUEUE_STATUSES = [
  "SUBMITTED",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "REJECTED",
] as const;
export const QUEUE_SORTS = ["submitted", "-submitted", "product", "manufacturer", "updated"] as const;

/** Query-string filters of the queue; bad values fall back to defaults instead of failing the page. */
export const ZQueueQuery = z.object({
  status: z
    .enum([...QUEUE_STATUSES, "open", "all"])
    .catch("open")
    .default("open"),
  scheme: z.enum(SCHEME_IDS).optional().catch(undefined),
  assignee: z.enum(["me", "unassigned", "any"]).catch("any").default("any"),
  q: zText({ max: 100 }).optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).catch("submitted").default("submitted"),
  /** Keyset pagination: the page after (or before) the assessment with this id, in the chosen order. */
  after: ZId.regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .catch(undefined),
  before: ZId.regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .catch(undefined),
});
export type TQueueQuery = z.infer<typeof ZQueueQuery>;

export const ZClaim = z.object({ assessmentId: ZId });

export const ZDecision = z
  .object({
    assessmentId: ZId,
    expectedVersion: ZVersion,
    criterionKey: zKey,
    decision: z.enum(["ACCEPT", "REJECT"]),
    overrideVerdict: z.enum(["PASS", "FAIL"]).nullable().default(null),
    comment: ZComment.optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.decision === "REJECT" || v.overrideVerdict) && !v.comment) {
      ctx.addIssue({
        code: "custom",
        path: ["comment"],
        message: v.overrideVerdict
          ? "Overriding the verdict needs a written reason."
          : "Say why you reject it.",
      });
    }
  });
export type TDecisionInput = z.infer<typeof ZDecision>;

/** The criteria the reviewer saw counted and confirmed; the server accepts exactly these or refuses. */
export const ZAcceptRemaining = z.object({
  assessmentId: ZId,
  expectedVersion: ZVersion,
  criterionKeys: z.array(zKey).min(1, "Choose at least one criterion to accept.").max(1000),
});

export const ZRequestChanges = z.object({
  assessmentId: ZId,
  expectedVersion: ZVersion,
  comments: z
    .array(
      z.object({
        questionId: zKey,
        body: zText({ min: 1, max: COMMENT_MAX, multiline: true, minMessage: "Write the comment." }),
      }),
    )
    .min(1, "Comment on at least one question.")
    .max(200),
});
export type TRequestChanges = z.infer<typeof ZRequestChanges>;

export const ZApprove = z.object({ assessmentId: ZId, expectedVersion: ZVersion });

export const ZRejectAssessment = z.object({
  assessmentId: ZId,
  expectedVersion: ZVersion,
  reason: zText({ min: 1, max: COMMENT_MAX, multiline: true, minMessage: "Give the reason for rejecting." }),
});

export const ZRevoke = z.object({
  labelId: ZId,
  reason: zText({ min: 1, max: COMMENT_MAX, multiline: true, minMessage: "Give the reason for revoking." }),
});

/** Hands an assigned assessment to another reviewer of its lab, or releases it to the queue (assigneeId null). */
export const ZReassign = z.object({
  assessmentId: ZId,
  expectedVersion: ZVersion,
  assigneeId: ZId.nullable(),
});
export type TReassign = z.infer<typeof ZReassign>;

/** Filters of the stuck-assignments page: by default only assessments held by disabled reviewers. */
export const ZAssignmentsQuery = z.object({
  show: z.enum(["stuck", "all"]).catch("stuck").default("stuck"),
});
