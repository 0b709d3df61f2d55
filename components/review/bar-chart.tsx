import { useFormatter, useTranslations } from "next-intl";
import styles from "./review.module.css";

export type TChartSeries = { key: string; label: string; color: string };
export type TChartColumn = { label: string; values: Record<string, number> };

type Props = {
  title: string;
  /** One-sentence summary read by screen readers instead of the drawing. */
  summary: string;
  series: TChartSeries[];
  columns: TChartColumn[];
  unit: string;
};

const W = 480;
const H = 220;
const PAD = { top: 12, right: 6, bottom: 40, left: 30 };

type TFormat = ReturnType<typeof useFormatter>;

/** "2026-01" → "Jan" over "2026"; other months without the year (month names in the reader's language). */
function monthLabel(ym: string, format: TFormat): { month: string; year?: string } {
  const d = new Date(`${ym}-01T00:00:00Z`);
  const month = format.dateTime(d, { month: "short", timeZone: "UTC" });
  return d.getUTCMonth() === 0 ? { month, year: ym.slice(0, 4) } : { month };
}

function niceMax(n: number): number {
  if (n <= 4) return Math.max(1, n);
  const step = 10 ** Math.floor(Math.log10(n));
  return Math.ceil(n / step) * step;
}

/**
 * A stacked bar chart drawn as plain SVG (no chart library, no script), with its data repeated as a table so it is
 * readable without seeing the drawing.
 */
export function BarChart({ title, summary, series, columns, unit }: Props) {
  const t = useTranslations("review.chart");
  const format = useFormatter();
  const totals = columns.map((c) => series.reduce((s, x) => s + (c.values[x.key] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, columns.length);
  const barW = Math.max(4, slot * 0.6);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const empty = totals.every((t) => t === 0);
  const ticks = [0, max / 2, max].filter((t, i, a) => a.indexOf(t) === i && Number.isInteger(t));
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="small" style={{ fontWeight: 600 }}>
        {title}
      </figcaption>
      {empty ? (
        <p className="small muted" data-testid="chart-empty">
          {t("empty")}
        </p>
      ) : (
        <svg
          className={styles.chart}
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={t("label", { title, summary })}
        >
          {ticks.map((t) => (
            <g key={t}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} stroke="#d8dee4" strokeWidth="1" />
              <text x={PAD.left - 6} y={y(t) + 4} fontSize="12" textAnchor="end" fill="#5a6875">
                {t}
              </text>
            </g>
          ))}
          {columns.map((c, i) => {
            const x = PAD.left + i * slot + (slot - barW) / 2;
            let acc = 0;
            return (
              <g key={c.label}>
                {series.map((s) => {
                  const v = c.values[s.key] ?? 0;
                  if (v === 0) return null;
                  const top = y(acc + v);
                  const h = y(acc) - top;
                  acc += v;
                  return (
                    <rect key={s.key} x={x} y={top} width={barW} height={h} fill={s.color}>
                      <title>{t("bar", { month: c.label, series: s.label, n: v, unit })}</title>
                    </rect>
                  );
                })}
                <text
                  x={x + barW / 2}
                  y={H - PAD.bottom + 15}
                  fontSize="12"
                  textAnchor="middle"
                  fill="#5a6875"
                >
                  {monthLabel(c.label, format).month}
                </text>
                {monthLabel(c.label, format).year ? (
                  <text
                    x={x + barW / 2}
                    y={H - PAD.bottom + 30}
                    fontSize="11"
                    textAnchor="middle"
                    fill="#5a6875"
                  >
                    {monthLabel(c.label, format).year}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      )}
      <ul className={styles.chartLegend} aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <i style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
      </ul>
      <details>
        <summary className="small">{t("showTable")}</summary>
        <div className="table-wrap">
          <table className="table small">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("month")}</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
                <th scope="col">{t("total")}</th>
              </tr>
            </thead>
            <tbody>
              {columns.map((c, i) => (
                <tr key={c.label}>
                  <th scope="row">{c.label}</th>
                  {series.map((s) => (
                    <td key={s.key}>{c.values[s.key] ?? 0}</td>
                  ))}
                  <td>{totals[i]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
