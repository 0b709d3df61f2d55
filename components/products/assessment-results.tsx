import type { TSchemeId } from "@/lib/schemes";
import type { TAssessment, TCnResult, TEuStatus, TReadiness, TUsStatus } from "@/lib/scoring";
import { SCHEME_LABEL } from "@/components/products/assessment-status";

const EU_STATUS: Record<TEuStatus, { label: string; badge: string }> = {
  presumption: { label: "Presumed conformant", badge: "badge badge-ok" },
  notified_body_required: { label: "Notified body needed", badge: "badge badge-warn" },
  no_presumption: { label: "Not conformant", badge: "badge badge-bad" },
  incomplete: { label: "Incomplete", badge: "badge" },
  not_required: { label: "Not applicable", badge: "badge" },
};

const US_STATUS: Record<TUsStatus, { label: string; badge: string }> = {
  eligible: { label: "Eligible", badge: "badge badge-ok" },
  not_eligible: { label: "Not eligible", badge: "badge badge-bad" },
  incomplete: { label: "Incomplete", badge: "badge" },
  out_of_scope: { label: "Out of scope", badge: "badge" },
};

// "Art. 3(3)(d) network protection: internet-connected radio equipment" → "Art. 3(3)(d) network protection".
const shortArticle = (label: string) => label.split(":")[0] ?? label;

function Readiness({ r }: { r: TReadiness }) {
  if (r.percent === null) return <span className="muted small">Nothing applicable</span>;
  return (
    <span className="small" style={{ display: "inline-flex", alignItems: "center", gap: "0.4rem" }}>
      <span aria-hidden="true" style={BAR}>
        <span style={{ ...FILL, width: `${r.percent}%` }} />
      </span>
      {/* Floored, so "100%" only ever means complete. */}
      {Math.floor(r.percent)}% ready
    </span>
  );
}

function Stars({ cn }: { cn: TCnResult }) {
  if (cn.inScope === false) return <span className="badge">Out of scope</span>;
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <span aria-hidden="true" style={{ color: "#9a5b00", letterSpacing: "0.1em" }}>
        {"★".repeat(cn.stars)}
        {"☆".repeat(3 - cn.stars)}
      </span>{" "}
      <span className="small">{cn.stars} of 3 stars</span>
    </span>
  );
}

const BAR = {
  display: "inline-block",
  width: "4.5rem",
  height: "0.5rem",
  borderRadius: "999px",
  background: "#e3e8ed",
  overflow: "hidden",
} as const;
const FILL = { display: "block", height: "100%", background: "var(--accent)" } as const;
const HEAD = {
  display: "flex",
  flexWrap: "wrap",
  justifyContent: "space-between",
  gap: "0.25rem 0.75rem",
  alignItems: "center",
} as const;
const LIST = { listStyle: "none", margin: "0.3rem 0 0", padding: 0, display: "grid", gap: "0.3rem" } as const;
// The label wraps on narrow cards while the badge keeps its line on the right.
const ITEM = {
  display: "flex",
  justifyContent: "space-between",
  alignItems: "baseline",
  gap: "0.5rem",
} as const;
const ITEM_LABEL = { flex: "1 1 auto", minWidth: 0 } as const;

/** The scheme outcomes of one assessment, compactly: only the schemes it targets. */
export function AssessmentResults({
  result,
  schemes,
}: {
  result: TAssessment;
  schemes: readonly TSchemeId[];
}) {
  return (
    <div className="stack" style={{ gap: "0.75rem" }}>
      {schemes.includes("EU_RED") ? (
        <section aria-label={SCHEME_LABEL.EU_RED}>
          <div style={HEAD}>
            <strong>{SCHEME_LABEL.EU_RED}</strong>
            <Readiness r={result.readiness.EU_RED} />
          </div>
          <ul style={LIST}>
            {result.eu.articles.map((a) => (
              <li key={a.article} style={ITEM}>
                <span className="small" style={ITEM_LABEL}>
                  {shortArticle(a.label)}
                </span>
                <span className={EU_STATUS[a.status].badge}>{EU_STATUS[a.status].label}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {schemes.includes("US_CTM") ? (
        <section aria-label={SCHEME_LABEL.US_CTM}>
          <div style={HEAD}>
            <strong>{SCHEME_LABEL.US_CTM}</strong>
            <Readiness r={result.readiness.US_CTM} />
          </div>
          <div style={{ ...ITEM, marginTop: "0.3rem" }}>
            <span className="small" style={ITEM_LABEL}>
              Eligibility
            </span>
            <span className={US_STATUS[result.us.status].badge}>{US_STATUS[result.us.status].label}</span>
          </div>
        </section>
      ) : null}
      {schemes.includes("CN_CCL") ? (
        <section aria-label={SCHEME_LABEL.CN_CCL}>
          <div style={HEAD}>
            <strong>{SCHEME_LABEL.CN_CCL}</strong>
            <Readiness r={result.readiness.CN_CCL} />
          </div>
          <div style={{ ...ITEM, marginTop: "0.3rem" }}>
            <span className="small" style={ITEM_LABEL}>
              Level
            </span>
            <Stars cn={result.cn} />
          </div>
          {result.cn.provisional && result.cn.inScope !== false ? (
            <p className="muted small" style={{ margin: "0.2rem 0 0" }}>
              The star grading is provisional.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
