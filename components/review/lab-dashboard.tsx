import Link from "next/link";
import { useTranslations } from "next-intl";
import type { TLabStats } from "@/lib/db/lab-stats";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { QUEUE_STATUSES } from "@/lib/review/schema";
import { STATUS_TONE } from "@/lib/workflow/transitions";
import { SCHEME_MODULES } from "@/lib/schemes/registry";
import { BarChart, type TChartColumn } from "./bar-chart";
import { queueHref } from "./queue-href";
import styles from "./review.module.css";
import { useSchemeName } from "@/lib/schemes/use-scheme-name";

const STAR_COLORS = ["#8a96a3", "#f0b400", "#d97706", "#9a3412"] as const;

/** The last `n` calendar months (UTC) as YYYY-MM, oldest first, so empty months show as empty bars. */
export function lastMonths(now: Date, n = 12): string[] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (n - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

function columnsOf<T extends { month: string; count: number }>(
  months: string[],
  rows: T[],
  key: (r: T) => string,
): TChartColumn[] {
  return months.map((m) => ({
    label: m,
    values: rows
      .filter((r) => r.month === m)
      .reduce<Record<string, number>>((acc, r) => ({ ...acc, [key(r)]: (acc[key(r)] ?? 0) + r.count }), {}),
  }));
}

export function LabDashboard({ stats, now }: { stats: TLabStats; now: Date }) {
  const t = useTranslations("review.dashboard");
  const ts = useTranslations("review.status");
  const schemes = useSchemeName();
  const hours = (h: number | null): string => {
    if (h === null) return "—";
    if (h < 0.1) return t("underSixMinutes");
    if (h < 1) return t("minutes", { n: Math.round(h * 60) });
    return h >= 48 ? t("days", { n: Number((h / 24).toFixed(1)) }) : t("hours", { n: h });
  };
  const months = lastMonths(now);
  const schemeCols = columnsOf(months, stats.labelsByMonth, (r) => r.scheme);
  const starCols = columnsOf(months, stats.starsByMonth, (r) => String(r.stars));
  const issued = stats.labelsByMonth.reduce((s, r) => s + r.count, 0);
  const starred = stats.starsByMonth.reduce((s, r) => s + r.count, 0);
  const open = (stats.byStatus.SUBMITTED ?? 0) + (stats.byStatus.IN_REVIEW ?? 0);
  return (
    <div className="stack">
      <div className="grid">
        <section className="card" aria-labelledby="stat-open">
          <h2 id="stat-open" className="small muted" style={{ margin: 0 }}>
            {t("open")}
          </h2>
          <p className={styles.stat} data-testid="stat-open">
            {open}
          </p>
        </section>
        <section className="card" aria-labelledby="stat-median">
          <h2 id="stat-median" className="small muted" style={{ margin: 0 }}>
            {t("median")}
          </h2>
          <p className={styles.stat} data-testid="stat-median">
            {hours(stats.medianDecisionHours)}
          </p>
          <p className="small muted" style={{ margin: 0 }}>
            {t("decided", { n: stats.decided })}
          </p>
        </section>
        <section className="card" aria-labelledby="stat-revoked">
          <h2 id="stat-revoked" className="small muted" style={{ margin: 0 }}>
            {t("revoked")}
          </h2>
          <p className={styles.stat}>{stats.revoked}</p>
        </section>
      </div>
      <section className="card" aria-labelledby="by-status">
        <h2 id="by-status" style={{ marginTop: 0 }}>
          {t("byStatus")}
        </h2>
        <ul className={styles.statusList} data-testid="status-counts">
          {QUEUE_STATUSES.map((s: AssessmentStatus) => (
            <li key={s}>
              <Link
                href={queueHref({
                  status: s as (typeof QUEUE_STATUSES)[number],
                  assignee: "any",
                  sort: "submitted",
                })}
              >
                <span className={`badge badge-${STATUS_TONE[s] || "info"}`}>{ts(s)}</span>
              </Link>
              <strong>{stats.byStatus[s] ?? 0}</strong>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid">
        <section className="card" aria-labelledby="chart-schemes">
          <h2 id="chart-schemes" style={{ marginTop: 0 }}>
            {t("perScheme")}
          </h2>
          <BarChart
            title={t("perSchemeTitle")}
            summary={t("perSchemeSummary", { n: issued })}
            unit={t("unit")}
            series={SCHEME_MODULES.map((m) => ({ key: m.id, label: schemes(m.id), color: m.color }))}
            columns={schemeCols}
          />
        </section>
        <section className="card" aria-labelledby="chart-stars">
          <h2 id="chart-stars" style={{ marginTop: 0 }}>
            {t("stars")}
          </h2>
          <BarChart
            title={t("starsTitle")}
            summary={t("starsSummary", { n: starred })}
            unit={t("unit")}
            series={[0, 1, 2, 3].map((n) => ({
              key: String(n),
              label: t("starCount", { n }),
              color: STAR_COLORS[n] ?? "#8a96a3",
            }))}
            columns={starCols}
          />
        </section>
      </div>
    </div>
  );
}
