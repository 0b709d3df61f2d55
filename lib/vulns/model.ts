// Vulnerabilities of a product version, and the EU Cyber Resilience Act Article 14 reporting clocks for actively
// exploited ones. Pure: no database, no clock other than the `now` passed in.
//
// Article 14(2) (shared/schemes/eu-cra.md, CRA-A14.1–3), counted from when the manufacturer became aware of the
// active exploitation, not from confirmation:
//   early warning   at the latest 24 hours after becoming aware               (14(2)(a))
//   notification    at the latest 72 hours after becoming aware               (14(2)(b))
//   final report    at the latest 14 days after a corrective or mitigating
//                   measure is available                                      (14(2)(c))
// The final report's clock does not run until a measure is available: until then it is "waiting".
import { z } from "zod";
import { vmsg } from "@/lib/i18n/zod";

export const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "NONE", "UNKNOWN"] as const;
export type TSeverity = (typeof SEVERITIES)[number];

export const VULN_SOURCES = ["MANUAL", "CSAF", "OSV", "CYCLONEDX_VEX"] as const;
export type TVulnSource = (typeof VULN_SOURCES)[number];

export const CRA_STAGES = ["EARLY_WARNING", "NOTIFICATION", "FINAL_REPORT"] as const;
export type TCraStage = (typeof CRA_STAGES)[number];

export const CRA_STAGE_TEXT: Record<TCraStage, { title: string; article: string; rule: string }> = {
  EARLY_WARNING: {
    title: "Early warning",
    article: "Article 14(2)(a)",
    rule: "at the latest 24 hours after becoming aware of the active exploitation",
  },
  NOTIFICATION: {
    title: "Vulnerability notification",
    article: "Article 14(2)(b)",
    rule: "at the latest 72 hours after becoming aware of the active exploitation",
  },
  FINAL_REPORT: {
    title: "Final report",
    article: "Article 14(2)(c)",
    rule: "at the latest 14 days after a corrective or mitigating measure is available",
  },
};

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export type TCraClock = {
  stage: TCraStage;
  /** null: the final report's clock has not started (no corrective measure yet). */
  dueAt: Date | null;
  filedAt: Date | null;
  status: "filed" | "overdue" | "due" | "waiting";
};

export type TCraInput = {
  activelyExploited: boolean;
  awareAt: Date | null;
  correctiveMeasureAt: Date | null;
  filed: Partial<Record<TCraStage, Date | null>>;
};

/** The three Article 14(2) clocks of one vulnerability, or [] when it is not (or no longer known to be) exploited. */
export function craClocks(v: TCraInput, now: Date): TCraClock[] {
  if (!v.activelyExploited || !v.awareAt) return [];
  const due: Record<TCraStage, Date | null> = {
    EARLY_WARNING: new Date(v.awareAt.getTime() + 24 * HOUR),
    NOTIFICATION: new Date(v.awareAt.getTime() + 72 * HOUR),
    FINAL_REPORT: v.correctiveMeasureAt ? new Date(v.correctiveMeasureAt.getTime() + 14 * DAY) : null,
  };
  return CRA_STAGES.map((stage) => {
    const filedAt = v.filed[stage] ?? null;
    const dueAt = due[stage];
    const status = filedAt
      ? "filed"
      : dueAt === null
        ? "waiting"
        : now.getTime() > dueAt.getTime()
          ? "overdue"
          : "due";
    return { stage, dueAt, filedAt, status };
  });
}

/** The next unfiled deadline across clocks (for the dashboard), or null. */
export function nextDeadline(clocks: readonly TCraClock[]): TCraClock | null {
  const open = clocks.filter((c) => c.status === "due" || c.status === "overdue");
  open.sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime());
  return open[0] ?? null;
}

/**
 * An open security notice: the public page of a label covering this version says "security information" while a
 * vulnerability is actively exploited, has no fix, and the lab has not cleared the notice.
 */
export function opensNotice(v: {
  activelyExploited: boolean;
  fixedInVersion: string | null;
  notAffected: boolean;
  noticeClearedAt: Date | null;
}): boolean {
  return v.activelyExploited && !v.fixedInVersion && !v.notAffected && v.noticeClearedAt === null;
}

const optionalDate = z
  .union([z.literal(""), z.iso.date(), z.iso.datetime({ offset: true, local: true })])
  .optional()
  .transform((s) => (s ? new Date(s) : null));

/** A vulnerability entered by hand (manufacturer or lab). */
export const vulnInput = z.object({
  identifier: z
    .string()
    .trim()
    .min(3, vmsg("vulnIdShort"))
    .max(80)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._:#/-]*$/, vmsg("vulnIdFormat")),
  title: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((s) => s || null),
  severity: z.enum(SEVERITIES),
  cvssScore: z
    .union([z.literal(""), z.coerce.number().min(0).max(10)])
    .optional()
    .transform((n) => (n === "" || n === undefined ? null : n)),
  activelyExploited: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((v) => v === true || v === "on" || v === "true"),
  fixedInVersion: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((s) => s || null),
  publishedAt: optionalDate,
  awareAt: optionalDate,
  correctiveMeasureAt: optionalDate,
});
export type TVulnInput = z.output<typeof vulnInput>;
