export const EVIDENCE_LIMITS = {
  /** Per file. */
  maxFileBytes: 10 * 1024 * 1024,
  /** All evidence of one assessment together. */
  maxAssessmentBytes: 100 * 1024 * 1024,
  /** Files per assessment. */
  maxFiles: 200,
} as const;
