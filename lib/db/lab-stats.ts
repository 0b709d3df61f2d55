// Lab dashboard figures, computed in the database (counts, median, monthly series), never by loading rows.
import type { SessionUser } from "@/lib/db/accounts";
import type { DbClient } from "@/lib/db/types";

export type TLabStats = {
  byStatus: Record<string, number>;
  medianDecisionHours: number | null;
  decided: number;
  labelsByMonth: { month: string; scheme: string; count: number }[];
  starsByMonth: { month: string; stars: number; count: number }[];
  revoked: number;
};

export async function labStats(db: DbClient, actor: SessionUser, months = 12): Promise<TLabStats> {
  const lab = actor.organizationId;
  const since = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - (months - 1), 1));
  const [groups, median, bySchemes, byStars, revoked] = await Promise.all([
    db.assessment.groupBy({
      by: ["status"],
      where: { labId: lab, status: { not: "DRAFT" } },
      _count: { _all: true },
    }),
    // Time to decision runs from the FIRST submission: "submittedAt" is moved on every resubmission, so it would
    // leave out every round but the last. The first submission is in the audit trail; "submittedAt" is the fallback
    // for rows without one (imported or seeded data), and LEAST keeps whichever is earlier.
    db.$queryRawUnsafe<{ hours: number | null; n: bigint | number }[]>(
      `WITH decided AS (
         SELECT a."decidedAt",
                LEAST(a."submittedAt",
                      (SELECT min(e."createdAt") FROM "AuditEvent" e
                        WHERE e."subjectType" = 'assessment' AND e."subjectId" = a."id"
                          AND e."action" IN ('assessment.submitted', 'assessment.resubmitted'))) AS "firstSubmittedAt"
           FROM "Assessment" a
          WHERE a."labId" = $1 AND a."decidedAt" IS NOT NULL
       )
       SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM ("decidedAt" - "firstSubmittedAt")) / 3600.0)::float8 AS hours,
              count(*) AS n
         FROM decided
        WHERE "firstSubmittedAt" IS NOT NULL`,
      lab,
    ),
    db.$queryRawUnsafe<{ month: string; scheme: string; count: bigint | number }[]>(
      `SELECT to_char(date_trunc('month', "issuedAt"), 'YYYY-MM') AS month, s::text AS scheme, count(*) AS count
         FROM "Label", unnest("schemes") AS s
        WHERE "labId" = $1 AND "issuedAt" >= $2
        GROUP BY 1, 2 ORDER BY 1, 2`,
      lab,
      since,
    ),
    db.$queryRawUnsafe<{ month: string; stars: number; count: bigint | number }[]>(
      `SELECT to_char(date_trunc('month', "issuedAt"), 'YYYY-MM') AS month, "cnStars" AS stars, count(*) AS count
         FROM "Label"
        WHERE "labId" = $1 AND "issuedAt" >= $2 AND "cnStars" IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 2`,
      lab,
      since,
    ),
    // From the events, like every other reading of a label's state (revokedAt is only the trigger's copy).
    db.label.count({ where: { labId: lab, events: { some: { kind: "REVOKED" } } } }),
  ]);
  const m = median[0];
  return {
    byStatus: Object.fromEntries(groups.map((g) => [g.status, g._count._all])),
    medianDecisionHours:
      m?.hours === null || m?.hours === undefined ? null : Math.round(Number(m.hours) * 10) / 10,
    decided: Number(m?.n ?? 0),
    labelsByMonth: bySchemes.map((r) => ({ month: r.month, scheme: r.scheme, count: Number(r.count) })),
    starsByMonth: byStars.map((r) => ({ month: r.month, stars: Number(r.stars), count: Number(r.count) })),
    revoked,
  };
}
